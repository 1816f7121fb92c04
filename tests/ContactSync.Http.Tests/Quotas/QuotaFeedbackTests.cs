using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>A 429 that still comes slows its quota down; a service's count of what is left re-syncs the ledger.</summary>
public sealed class QuotaFeedbackTests
{
    [Fact]
    public async Task ARefusal_PausesTheQuotaForAWindow_HalvesItsPace_ThenItRecoversOneStepPerCleanWindow()
    {
        var clock = new FakeTimeProvider();
        var ledger = new InProcessQuotaLedger(Q.Exact, clock);
        Assert.True(ledger.TryTake([Q.Rate("k", 10, 1)]).Taken);

        await ledger.ReportRefusalAsync(Q.Key("k"), null, default);

        var status = ledger.GetStatus(Q.Key("k"))!;
        Assert.Equal(clock.GetUtcNow() + Q.Minute, status.PausedUntil);
        Assert.Equal(5, status.EffectiveLimit);
        var paused = ledger.TryTake([Q.Rate("k", 10, 1)]);
        Assert.False(paused.Taken);
        Assert.Equal(status.PausedUntil, paused.RetryAt);

        clock.Advance(Q.Minute);
        Assert.Equal(6, ledger.GetStatus(Q.Key("k"))!.EffectiveLimit);
        Assert.True(ledger.TryTake([Q.Rate("k", 10, 6)]).Taken);
        Assert.False(ledger.TryTake([Q.Rate("k", 10, 1)]).Taken);
        clock.Advance(4 * Q.Minute);
        Assert.Equal(10, ledger.GetStatus(Q.Key("k"))!.EffectiveLimit);
    }

    [Fact]
    public async Task RepeatedRefusals_NeverSlowAQuotaBelowTheMinimum_AndRetryAfterSetsThePause()
    {
        var clock = new FakeTimeProvider();
        var ledger = new InProcessQuotaLedger(Q.Exact, clock);
        ledger.TryTake([Q.Rate("k", 100, 1), Q.Slots("c", 4)]);

        for (var i = 0; i < 10; i++)
        {
            await ledger.ReportRefusalAsync(Q.Key("k"), TimeSpan.FromSeconds(5), default);
        }

        await ledger.ReportRefusalAsync(Q.Key("c"), null, default);
        var rate = ledger.GetStatus(Q.Key("k"))!;
        Assert.Equal(10, rate.EffectiveLimit);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(5), rate.PausedUntil);
        var slots = ledger.GetStatus(Q.Key("c"))!;
        Assert.Equal(2, slots.EffectiveLimit);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(1), slots.PausedUntil);
    }

    [Fact]
    public async Task CreditsReportedLeft_CountTheUseOfOthersAsSpentNow_AndNeverLowerTheCount()
    {
        var clock = new FakeTimeProvider();
        var ledger = new InProcessQuotaLedger(Q.Exact, clock);
        Assert.True(ledger.TryTake([Q.Rate("credits", 100, 4)]).Taken);

        await ledger.ReportRemainingAsync(new QuotaRemaining(Q.Key("credits"), 40), default);
        Assert.Equal(60, ledger.Used("credits"));
        await ledger.ReportRemainingAsync(new QuotaRemaining(Q.Key("credits"), 90), default);
        Assert.Equal(60, ledger.Used("credits"));

        Assert.True(ledger.TryTake([Q.Rate("credits", 100, 40)]).Taken);
        Assert.False(ledger.TryTake([Q.Rate("credits", 100, 1)]).Taken);
    }
}
