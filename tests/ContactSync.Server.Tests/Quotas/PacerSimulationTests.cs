using ContactSync.Server.Quotas;

namespace ContactSync.Server.Tests.Quotas;

/// <summary>
/// The pacer played forward (pure, on simulated time): the earliest plan first while the quota has room, round-robin in
/// turn order once a call has to wait, the units in use coming back over the window, runs joining once their reads are done.
/// </summary>
public sealed class PacerSimulationTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private static SimulatedRun Run(string id, long order, int batches, double readyInSeconds = 0, long turn = 0) =>
        new(id, order, turn, TimeSpan.FromSeconds(readyInSeconds), Enumerable.Repeat(6L, batches).ToList());

    private static SimulatedQuota Quota(long limit, long availableNow) => new(limit, Window, availableNow, TimeSpan.Zero);

    [Fact]
    public void ThreeRunsOfThreeBatches_OneBatchAWindow_FinishInRingOrder_InTheLastRound()
    {
        var last = PacerSimulation.LastGrants(Quota(6, 6), [Run("a", 1, 3), Run("b", 2, 3), Run("c", 3, 3)], TimeSpan.FromSeconds(1));

        // Grants a, b, c, a, b, c, a, b, c: one a window (the units of each come back a window after it).
        Assert.Equal(TimeSpan.FromSeconds(60), last["a"]);
        Assert.Equal(TimeSpan.FromSeconds(70), last["b"]);
        Assert.Equal(TimeSpan.FromSeconds(80), last["c"]);
    }

    [Fact]
    public void BeforeTheQuotaIsShort_TheEarliestPlanGoesFirst_ThenRoundRobin()
    {
        // Four batches a window: a sends all three of its batches at once, then b one; b's other two wait for the next window.
        var last = PacerSimulation.LastGrants(Quota(24, 24), [Run("b", 2, 3), Run("a", 1, 3)], TimeSpan.Zero);

        Assert.Equal(TimeSpan.Zero, last["a"]);
        Assert.Equal(Window, last["b"]);
    }

    [Fact]
    public void ARunJoiningLater_NeverServed_GoesBeforeTheRunsServedAlready()
    {
        // a at 0, b at 10; c's one batch waits from 15 s and goes at 20 s ahead of a (served), then a, b, a, b.
        var last = PacerSimulation.LastGrants(Quota(6, 6), [Run("a", 1, 3), Run("b", 2, 3), Run("c", 3, 1, readyInSeconds: 15)], TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(20), last["c"]);
        Assert.Equal(TimeSpan.FromSeconds(50), last["a"]);
        Assert.Equal(TimeSpan.FromSeconds(60), last["b"]);
    }

    [Fact]
    public void ARunServedAlready_GoesAfterTheRunsNeverServed_OnceTheQuotaIsShort()
    {
        // Nothing free now: the window's 6 units come back evenly over it, all of them by 10 s. a wrote before (a turn), so
        // b, never served, goes first.
        var last = PacerSimulation.LastGrants(Quota(6, 0), [Run("a", 1, 1, turn: 1), Run("b", 2, 1)], TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(10), last["b"]);
        Assert.Equal(TimeSpan.FromSeconds(20), last["a"]);
    }

    [Fact]
    public void TheUnitsInUse_ComeBackEvenlyFromWhenTheyWereTaken()
    {
        // 12 units a window, none free: they come back evenly between 5 and 10 s, so a batch of 6 goes at 7.5 s, the next at 10 s.
        var quota = new SimulatedQuota(12, Window, 0, TimeSpan.FromSeconds(5));
        var last = PacerSimulation.LastGrants(quota, [Run("a", 1, 1), Run("b", 2, 1)], TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(7.5), last["a"]);
        Assert.Equal(TimeSpan.FromSeconds(10), last["b"]);
    }

    [Fact]
    public void RunsStillReading_JoinWhenTheirReadsAreDone()
    {
        // Room for everything: each run's batches go one after another from when it is ready, a second apart.
        var last = PacerSimulation.LastGrants(Quota(600, 600), [Run("a", 1, 3, readyInSeconds: 2), Run("b", 2, 2, readyInSeconds: 5)], TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(4), last["a"]);
        Assert.Equal(TimeSpan.FromSeconds(6), last["b"]);
    }

    [Fact]
    public void TheReads_WaitForTheSlotsBehindEarlierRuns_ThenTheGoogleReads()
    {
        var pace = new ReadPace(2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(0.5));
        var work = new RunWork(1, 1, 450, 0);
        var writing = new RunWork(0, 0, 0, 50);
        RunDemand Demand(string id, RunWork? w) => new(id, RunQuotaView.None, w);

        // On two slots: a's page (1 s), b's too; c's waits a call; d, done reading, still inserts (a call on the slots, no
        // wait of its own); e, not counted yet, counts and reads: 6 calls up to its own, 3 s, then its 2 Google calls.
        var ready = pace.ReadyIn([Demand("a", work), Demand("b", work), Demand("c", work), Demand("d", writing), Demand("e", null)], work);

        TimeSpan[] expected = [TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2.5), TimeSpan.Zero, TimeSpan.FromSeconds(4)];
        Assert.Equal(expected, ready);
    }
}
