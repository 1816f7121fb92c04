using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Testing.Time;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>The pacer: all-or-nothing takes, no deadlock, concurrency slots, cancellation, the any-window guarantee through it.</summary>
public sealed class QuotaPacerTests
{
    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task AWaitingCall_HoldsNothing_OfTheQuotasThatHaveRoom()
    {
        var (clock, ledger, pacer) = Q.Pacer();
        using var _ = pacer;
        using var fillB = await pacer.AcquireAsync([Q.Rate("B", 10, 10)], "x", Token);

        var both = pacer.AcquireAsync([Q.Rate("A", 10, 5), Q.Rate("B", 10, 5)], "y", Token);

        Assert.False(both.IsCompleted);
        Assert.Equal(0, ledger.Used("A"));
        using var allOfA = await pacer.AcquireAsync([Q.Rate("A", 10, 10)], "z", Token);
        Assert.Equal(10, ledger.Used("A"));

        clock.Advance(Q.Minute);
        using var permit = await both;
        Assert.Equal(5, ledger.Used("A"));
        Assert.Equal(5, ledger.Used("B"));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task ManyPlansSharingQuotasInEveryOrder_AllFinish_AndNoQuotaExceedsItsLimitInAnyWindow(int seed)
    {
        var random = new Random(seed);
        var (clock, _, pacer) = Q.Pacer();
        using var _ = pacer;
        string[] keys = ["K0", "K1", "K2"];
        var calls = new List<Task<QuotaPermit>>();
        for (var plan = 0; plan < 20; plan++)
        {
            for (var call = 0; call < 10; call++)
            {
                var pair = keys.OrderBy(_ => random.Next()).Take(2).ToArray();
                calls.Add(pacer.AcquireAsync([Q.Rate(pair[0], 10, random.Next(1, 6)), Q.Rate(pair[1], 10, random.Next(1, 6))], "p" + plan, Token));
            }
        }

        for (var window = 0; window < 400 && calls.Any(c => !c.IsCompleted); window++)
        {
            clock.Advance(Q.Minute / 4);
            await Poll.UntilAsync(() => pacer.Idle);
        }

        Assert.All(calls, c => Assert.True(c.IsCompletedSuccessfully));
        var permits = await Task.WhenAll(calls);
        foreach (var key in keys)
        {
            var grants = permits.SelectMany(p => p.Charges.Where(c => c.Key.Value == key).Select(c => (p.TakenAt, c.Units))).ToList();
            Assert.InRange(SlidingWindowLedgerTests.MostInAnyWindow(grants, Q.Minute), 1, 10);
        }
    }

    [Fact]
    public async Task AConcurrencyQuota_HoldsCallsInFlight_LessTheReserve_AndAReturnedSlotWakesTheNext()
    {
        var (_, ledger, pacer) = Q.Pacer(Q.Exact with { ConcurrencyReserve = 1 });
        using var _ = pacer;
        var first = await pacer.AcquireAsync([Q.Slots("c", 3)], "a", Token);
        using var second = await pacer.AcquireAsync([Q.Slots("c", 3)], "b", Token);

        var third = pacer.AcquireAsync([Q.Slots("c", 3)], "c", Token);

        Assert.False(third.IsCompleted);
        Assert.Equal(2, ledger.Used("c"));
        first.Dispose();
        using var permit = await third;
        Assert.Equal(2, ledger.Used("c"));
    }

    [Fact]
    public async Task ACancelledWaiter_LeavesTheQueue_AndTakesNothing()
    {
        var (clock, ledger, pacer) = Q.Pacer();
        using var _ = pacer;
        using var fill = await pacer.AcquireAsync([Q.Rate("k", 5, 5)], "x", Token);
        using var cts = new CancellationTokenSource();
        var waiting = pacer.AcquireAsync([Q.Rate("k", 5, 3)], "a", cts.Token);
        Assert.Equal(1, pacer.Snapshot().Waiting);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, pacer.Snapshot().Waiting);
        clock.Advance(Q.Minute);
        Assert.Equal(0, ledger.Used("k"));
        using var whole = await pacer.AcquireAsync([Q.Rate("k", 5, 5)], "b", Token);
        Assert.Equal(5, ledger.Used("k"));
    }

    [Fact]
    public async Task AWaiterCancelledWhileItsUnitsAreTaken_GivesThemAllBack()
    {
        var clock = new WatchedClock();
        var ledger = new InProcessQuotaLedger(Q.Exact, clock);
        using var cts = new CancellationTokenSource();
        using var pacer = new QuotaPacer(new CancellingLedger(ledger, cts), clock);

        var call = pacer.AcquireAsync([Q.Rate("k", 5, 3), Q.Slots("c", 2)], "a", cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await Poll.UntilAsync(() => pacer.Idle);
        Assert.Equal(0, ledger.Used("k"));
        Assert.Equal(0, ledger.Used("c"));
    }

    [Fact]
    public async Task APermitReleasedUnsent_GivesItsRateUnitsBack_ASentOneDoesNot()
    {
        var (_, ledger, pacer) = Q.Pacer();
        using var _ = pacer;
        var unsent = await pacer.AcquireAsync([Q.Rate("k", 5, 3)], "a", Token);
        var sent = await pacer.AcquireAsync([Q.Rate("k", 5, 2)], "a", Token);

        unsent.Release(sent: false);
        sent.Dispose();
        unsent.Dispose();

        Assert.Equal(2, ledger.Used("k"));
    }

    [Fact]
    public async Task ACallThatCostsNothing_GetsItsPermitAtOnce_AndDisposingThePacerFailsTheWaiters()
    {
        var (_, _, pacer) = Q.Pacer();
        Assert.Same(QuotaPermit.None, await pacer.AcquireAsync([], "a", Token));
        using var fill = await pacer.AcquireAsync([Q.Rate("k", 1, 1)], "a", Token);
        var waiting = pacer.AcquireAsync([Q.Rate("k", 1, 1)], "a", Token);

        pacer.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiting);
    }

    /// <summary>Cancels the caller's token right after the ledger took the units: the race between a grant and a cancellation.</summary>
    private sealed class CancellingLedger(IQuotaLedger inner, CancellationTokenSource cts) : IQuotaLedger
    {
        public async ValueTask<QuotaTakeResult> TryTakeAsync(IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken)
        {
            var result = await inner.TryTakeAsync(charges, cancellationToken);
            if (result.Taken)
            {
                await cts.CancelAsync();
            }

            return result;
        }

        public ValueTask ReturnAsync(IReadOnlyList<QuotaCharge> charges, DateTimeOffset takenAt, bool sent, CancellationToken cancellationToken) =>
            inner.ReturnAsync(charges, takenAt, sent, cancellationToken);

        public ValueTask ReportRefusalAsync(QuotaKey key, TimeSpan? retryAfter, CancellationToken cancellationToken) =>
            inner.ReportRefusalAsync(key, retryAfter, cancellationToken);

        public ValueTask ReportRemainingAsync(QuotaRemaining remaining, CancellationToken cancellationToken) =>
            inner.ReportRemainingAsync(remaining, cancellationToken);

        public ValueTask<QuotaKeyStatus?> GetStatusAsync(QuotaKey key, CancellationToken cancellationToken) => inner.GetStatusAsync(key, cancellationToken);
    }
}
