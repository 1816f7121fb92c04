using System.Collections.Concurrent;
using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Server.Quotas;

namespace ContactSync.Server.Tests.Quotas;

/// <summary>
/// The database ledger shared by several servers: together they never take more than a quota's limit in any window (each alone
/// would take all of it), concurrency slots are split between them, and one server's refusal pauses the quota for the others.
/// Every test runs on one fake clock that moves only while no pacer is working.
/// </summary>
public sealed class SharedQuotaLedgerTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private static QuotaCharge Rate(string key, long limit, long units = 1) => new(new QuotaKey(key), QuotaLimit.Rate(limit, Minute), units);

    /// <summary><paramref name="calls"/> calls of <paramref name="charge"/> to one server's pacer; the grant times go to <paramref name="grants"/>.</summary>
    private static List<Task> Burst(SharedLedgerPair pair, int server, int calls, QuotaCharge charge, ConcurrentQueue<(int Server, DateTimeOffset At, long Units)> grants, CancellationToken token) =>
        Enumerable.Range(0, calls).Select(async i =>
        {
            using var permit = await pair.Servers[server].Pacer.AcquireAsync([charge], $"plan-{server}-{i % 3}", token);
            grants.Enqueue((server, pair.Clock.GetUtcNow(), charge.Units));
        }).ToList();

    [Fact]
    public async Task TwoServers_OnOneDatabase_TogetherNeverTakeMoreThanTheLimitInAnyWindow()
    {
        await using var pair = await SharedLedgerPair.StartAsync();
        using var stop = new CancellationTokenSource();
        var grants = new ConcurrentQueue<(int Server, DateTimeOffset At, long Units)>();

        // Each server alone wants 50 calls of 1 unit from a quota of 30 a minute: more than all of it.
        var calls = Burst(pair, 0, 50, Rate("google/user/a@example.com/critical-writes", 30), grants, stop.Token)
            .Concat(Burst(pair, 1, 50, Rate("google/user/a@example.com/critical-writes", 30), grants, stop.Token)).ToList();

        await pair.SettleAsync(waiting => waiting == 100 - grants.Count && grants.Count >= 30);
        Assert.Equal(30, grants.Count);

        // Then time moves on in steps of 5 s (a server's unspent chunk goes back when the chunk ends) until all 100 are served.
        var start = pair.Clock.GetUtcNow();
        for (var step = 0; grants.Count < 100; step++)
        {
            Assert.True(step < 100, $"only {grants.Count} of 100 calls served by {pair.Clock.GetUtcNow():O}");
            pair.Clock.Advance(TimeSpan.FromSeconds(5));
            await pair.SettleAsync(_ => true);
        }

        // 100 units at 30 a minute need three more windows after the first burst; sharing through chunks costs at most one more.
        Assert.True(pair.Clock.GetUtcNow() - start <= 4 * Minute, $"the servers took until {pair.Clock.GetUtcNow() - start} for 100 units");
        Assert.Contains(grants, g => g.Server == 0);
        Assert.Contains(grants, g => g.Server == 1);

        var times = grants.Select(g => g.At).Order().ToList();
        for (var i = 0; i < times.Count; i++)
        {
            Assert.True(times.Count(t => t >= times[i] && t < times[i] + Minute) <= 30, $"more than 30 units in the minute from {times[i]:O}");
        }

        await stop.CancelAsync();
        await Task.WhenAll(calls.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    [Fact]
    public async Task ConcurrencySlots_AreSplitBetweenServers_AndNeverExceedTheLimit()
    {
        await using var pair = await SharedLedgerPair.StartAsync();
        var slots = new QuotaCharge(new QuotaKey("zoho/org/default/concurrency"), QuotaLimit.Concurrency(5), 1);
        var inFlight = 0;
        var most = 0;
        var served = 0;
        using var release = new SemaphoreSlim(0);

        // 8 callers per server, each holding its slot until the test lets one go.
        var callers = Enumerable.Range(0, 16).Select(async i =>
        {
            using var permit = await pair.Servers[i % 2].Pacer.AcquireAsync([slots], $"plan-{i}", CancellationToken.None);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            Interlocked.Increment(ref served);
            await release.WaitAsync();
            Interlocked.Decrement(ref inFlight);
        }).ToList();

        for (var round = 0; Volatile.Read(ref served) < 16; round++)
        {
            Assert.True(round < 500, "the callers were not all served");
            await pair.SettleAsync(_ => true);
            Assert.True(Volatile.Read(ref inFlight) <= 5, $"{inFlight} calls in flight on a limit of 5");
            if (Volatile.Read(ref inFlight) == 5 || round % 2 == 1)
            {
                release.Release();
            }

            // A server waiting for slots the other holds asks again after the poll interval.
            pair.Clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        release.Release(16);
        await Task.WhenAll(callers);
        Assert.Equal(5, most);
    }

    [Fact]
    public async Task ARefusalSeenByOneServer_PausesTheQuotaForTheOther()
    {
        await using var pair = await SharedLedgerPair.StartAsync();
        var charge = Rate("zoho/org/default/credits", 1000);
        using (await pair.Servers[0].Pacer.AcquireAsync([charge], "plan-a", CancellationToken.None))
        {
        }

        await pair.Servers[0].Pacer.ReportAsync(new QuotaFeedback([charge.Key], []), TimeSpan.FromSeconds(30), CancellationToken.None);

        var waiting = pair.Servers[1].Pacer.AcquireAsync([charge], "plan-b", CancellationToken.None);
        await pair.SettleAsync(w => w == 1);
        Assert.False(waiting.IsCompleted, "the other server took units of a quota paused after a refusal");
        var status = await pair.Servers[1].Ledger.GetStatusAsync(charge.Key, CancellationToken.None);
        Assert.NotNull(status?.PausedUntil);
        Assert.True(status!.Factor < 1);

        pair.Clock.Advance(TimeSpan.FromSeconds(30));
        (await waiting.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    [Fact]
    public async Task UseTheServiceReports_BeyondTheServers_IsCountedForEveryServer()
    {
        await using var pair = await SharedLedgerPair.StartAsync();
        var charge = Rate("zoho/org/default/credits", 100);
        using (await pair.Servers[0].Pacer.AcquireAsync([charge], "plan-a", CancellationToken.None))
        {
        }

        // The service says 20 are left: 79 were spent by someone else.
        await pair.Servers[0].Pacer.ReportAsync(new QuotaFeedback([], [new QuotaRemaining(charge.Key, 20)]), null, CancellationToken.None);
        var status = await pair.Servers[1].Ledger.GetStatusAsync(charge.Key, CancellationToken.None);
        Assert.Equal(80, status!.Used - UnspentOfFirstChunk);
    }

    /// <summary>What server 0 holds of its chunk but has not spent (its first chunk is counted whole until it ends).</summary>
    private static long UnspentOfFirstChunk => (long)(100 * new SharedLedgerSettings().ChunkLimitShare) - 1;

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
