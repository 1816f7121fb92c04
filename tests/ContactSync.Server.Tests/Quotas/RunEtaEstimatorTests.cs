using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Server.Quotas;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Server.Tests.Quotas;

/// <summary>
/// The ETA shares a rate quota among the runs active on it (not only those waiting at that instant): 200 first syncs started
/// together each predict the time all of them need, the way a fair pacer serves them.
/// </summary>
public sealed class RunEtaEstimatorTests
{
    // 450 creates are 3 batches (200, 200, 50) of 6 critical write units: 18 units a run, 3,600 for 200 runs.
    private static readonly RunWork SmallRun = new(0, 0, 450, 0);

    // 3,000 creates are 15 batches: 90 units.
    private static readonly RunWork BigRun = new(0, 0, 3000, 0);

    private static (RunEtaEstimator Estimator, RunDemands Demands, ServerQuotas Quotas, QuotaPacer Pacer) Org()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var settings = new QuotaSettings { WindowMargin = TimeSpan.Zero, Google = GoogleQuotaSettings.ReportedDefaults with { CriticalWritesPerProject = 600 } };
        var pacer = new QuotaPacer(new InProcessQuotaLedger(settings, clock), clock);
        var quotas = new ServerQuotas(settings, "default", pacer);
        var demands = new RunDemands();
        return (new RunEtaEstimator(quotas, demands), demands, quotas, pacer);
    }

    private static RunQuotaView Account(ServerQuotas quotas, int user) => RunQuotaView.None with { Google = quotas.GoogleModel($"user{user}@example.com") };

    [Fact]
    public async Task TwoHundredEqualRuns_ActiveOnTheProjectsWrites_EachPredictsTheirTotalOverTheRate_NotItsOwnWork()
    {
        var (estimator, demands, quotas, pacer) = Org();
        using var _ = pacer;
        for (var i = 1; i < 200; i++)
        {
            demands.Set(new RunDemand($"run-{i}", Account(quotas, i), SmallRun));
        }

        // 3,600 units at 600 a minute: 600 now, the rest in five more minutes (its own 18 units alone would go at once).
        Assert.Equal(TimeSpan.FromMinutes(5), await estimator.EstimateAsync(Account(quotas, 0), SmallRun, "run-0", CancellationToken.None));

        // Alone, the same run needs no wait at all.
        var (alone, _, aloneQuotas, alonePacer) = Org();
        using var __ = alonePacer;
        Assert.Equal(TimeSpan.Zero, await alone.EstimateAsync(Account(aloneQuotas, 0), SmallRun, "run-0", CancellationToken.None));
    }

    [Fact]
    public async Task RunsWhoseScopeIsNotCountedYet_AreTakenToNeedAsMuchAsThisOne()
    {
        var (estimator, demands, quotas, pacer) = Org();
        using var _ = pacer;
        for (var i = 1; i < 200; i++)
        {
            demands.Set(new RunDemand($"run-{i}", Account(quotas, i), Work: null));
        }

        Assert.Equal(TimeSpan.FromMinutes(5), await estimator.EstimateAsync(Account(quotas, 0), SmallRun, "run-0", CancellationToken.None));

        // Once they have ended they share nothing.
        for (var i = 1; i < 200; i++)
        {
            demands.Remove($"run-{i}");
        }

        Assert.Equal(TimeSpan.Zero, await estimator.EstimateAsync(Account(quotas, 0), SmallRun, "run-0", CancellationToken.None));
    }

    [Fact]
    public async Task ASmallerRun_PredictsLessThanABiggerOne_AmongTheSameRuns()
    {
        var (estimator, demands, quotas, pacer) = Org();
        using var _ = pacer;
        for (var i = 2; i < 200; i++)
        {
            demands.Set(new RunDemand($"run-{i}", Account(quotas, i), BigRun));
        }

        demands.Set(new RunDemand("small", Account(quotas, 0), SmallRun));
        demands.Set(new RunDemand("big", Account(quotas, 1), BigRun));

        // Round-robin: the small run's last batch goes once every run has sent 18 units (3,600: five minutes after the first
        // 600); the big run's once every big run has sent 90 and the small one 18 (199 × 90 + 18 = 17,928: 28.88 more minutes,
        // the shared queue draining at 600 a minute).
        var small = await estimator.EstimateAsync(Account(quotas, 0), SmallRun, "small", CancellationToken.None);
        var big = await estimator.EstimateAsync(Account(quotas, 1), BigRun, "big", CancellationToken.None);
        Assert.Equal(TimeSpan.FromMinutes(5), small);
        Assert.Equal(TimeSpan.FromMinutes((17_928 - 600) / 600.0), big);
    }
}
