using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>The ledger's any-window guarantee: never more than the limit in any window of the limit's length.</summary>
public sealed class SlidingWindowLedgerTests
{
    private const long Limit = 30;

    /// <summary>The largest sum of units granted in any window [t, t + window): the maximum is reached at a window starting at a grant.</summary>
    internal static long MostInAnyWindow(IReadOnlyList<(DateTimeOffset At, long Units)> grants, TimeSpan window)
    {
        var sorted = grants.OrderBy(g => g.At).ToArray();
        long most = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            long sum = 0;
            for (var j = i; j < sorted.Length && sorted[j].At < sorted[i].At + window; j++)
            {
                sum += sorted[j].Units;
            }

            most = Math.Max(most, sum);
        }

        return most;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomBursts_NeverExceedTheLimitInAnyWindow_AndDoFillIt(int seed)
    {
        var random = new Random(seed);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var ledger = new InProcessQuotaLedger(Q.Exact, clock);
        var grants = new List<(DateTimeOffset, long)>();
        for (var step = 0; step < 3000; step++)
        {
            // Bursts: most steps do not move the clock at all; some jump by up to a third of a window, a few by exactly a window.
            var roll = random.Next(10);
            clock.Advance(roll < 6 ? TimeSpan.Zero : roll < 9 ? TimeSpan.FromTicks(random.NextInt64(Q.Minute.Ticks / 3)) : Q.Minute);
            var units = random.Next(1, 9);
            if (ledger.TryTake([Q.Rate("k", Limit, units)]).Taken)
            {
                grants.Add((clock.GetUtcNow(), units));
            }
        }

        var most = MostInAnyWindow(grants, Q.Minute);
        Assert.True(most <= Limit, $"{most} units in one window");
        Assert.True(most > Limit - 8, $"the ledger never filled a window ({most})");
        Assert.True(grants.Count > 500);
    }

    [Fact]
    public void Units_ComeBackExactlyWhenTheirGrantIsAWindowOld_AndARefusalSaysWhen()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var ledger = new InProcessQuotaLedger(Q.Exact, clock);
        var start = clock.GetUtcNow();
        Assert.True(ledger.TryTake([Q.Rate("k", Limit, 20)]).Taken);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(ledger.TryTake([Q.Rate("k", Limit, 10)]).Taken);

        clock.Advance(TimeSpan.FromSeconds(49));
        var refused = ledger.TryTake([Q.Rate("k", Limit, 5)]);
        Assert.False(refused.Taken);
        Assert.Equal([Q.Key("k")], refused.Blocked);
        Assert.Equal(start + Q.Minute, refused.RetryAt);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(ledger.TryTake([Q.Rate("k", Limit, 20)]).Taken);
        Assert.False(ledger.TryTake([Q.Rate("k", Limit, 1)]).Taken);
    }

    [Fact]
    public void TheWindowMargin_KeepsUnitsCountedThatMuchLonger()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var ledger = new InProcessQuotaLedger(Q.Exact with { WindowMargin = TimeSpan.FromSeconds(2) }, clock);
        Assert.True(ledger.TryTake([Q.Rate("k", Limit, Limit)]).Taken);

        clock.Advance(Q.Minute);
        var refused = ledger.TryTake([Q.Rate("k", Limit, 1)]);

        Assert.False(refused.Taken);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(2), refused.RetryAt);
        Assert.Equal(Q.Minute + TimeSpan.FromSeconds(2), ledger.GetStatus(Q.Key("k"))!.AccountedWindow);
    }

    [Fact]
    public void TheSafetyShare_LowersTheEffectiveLimit()
    {
        var clock = new FakeTimeProvider();
        var ledger = new InProcessQuotaLedger(Q.Exact with { SafetyFraction = 0.9 }, clock);

        Assert.True(ledger.TryTake([Q.Rate("k", Limit, 27)]).Taken);
        Assert.False(ledger.TryTake([Q.Rate("k", Limit, 1)]).Taken);
        Assert.Equal(27, ledger.GetStatus(Q.Key("k"))!.EffectiveLimit);
    }

    [Fact]
    public void ACallLargerThanTheLimit_GoesAloneIntoAnEmptyWindow()
    {
        var clock = new FakeTimeProvider();
        var ledger = new InProcessQuotaLedger(Q.Exact, clock);
        Assert.True(ledger.TryTake([Q.Rate("k", 5, 1)]).Taken);

        var refused = ledger.TryTake([Q.Rate("k", 5, 6)]);
        Assert.False(refused.Taken);
        clock.Advance(Q.Minute);
        Assert.True(ledger.TryTake([Q.Rate("k", 5, 6)]).Taken);
    }
}
