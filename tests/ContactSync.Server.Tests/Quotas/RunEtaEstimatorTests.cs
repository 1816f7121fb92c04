using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Server.Quotas;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Server.Tests.Quotas;

/// <summary>
/// The ETA shares a rate quota among the runs active on it (not only those waiting at that instant): 200 first syncs started
/// together each predict when the pacer's order serves their last batch.
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
        return (new RunEtaEstimator(quotas, demands, clock), demands, quotas, pacer);
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

        // 100 batches a minute. The first minute's go earliest plan first (runs 2–7 all 15, run 8 ten); from then on
        // round-robin, the plans never served first: the small run (arrived 199th of 200) sends its third batch as grant 680,
        // in the seventh minute (6 minutes from now); the big one, last to arrive, sends the last of all 2,988 batches (29).
        var small = await estimator.EstimateAsync(Account(quotas, 0), SmallRun, "small", CancellationToken.None);
        var big = await estimator.EstimateAsync(Account(quotas, 1), BigRun, "big", CancellationToken.None);
        Assert.Equal(TimeSpan.FromMinutes(6), small);
        Assert.Equal(TimeSpan.FromMinutes(29), big);
    }
}
