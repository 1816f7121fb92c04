using ContactSync.Http.Pacing;
using ContactSync.Testing.Time;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>Fairness across plans: a big first sync cannot starve many small runs on the same quota.</summary>
public sealed class QuotaFairnessTests
{
    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task FiftySmallPlans_GetTheirCallsBeforeTheBigPlanTakesMoreThanItsFairShare()
    {
        // One unit a minute: each minute exactly one call goes, so the order of grants is observable.
        var (clock, _, pacer) = Q.Pacer();
        var big = Enumerable.Range(0, 1000).Select(_ => pacer.AcquireAsync([Q.Rate("k", 1, 1)], "big", Token)).ToList();
        Assert.Equal(1, pacer.Snapshot().GrantedByPlan["big"]);
        var small = Enumerable.Range(0, 50)
            .SelectMany(p => Enumerable.Range(0, 2).Select(_ => pacer.AcquireAsync([Q.Rate("k", 1, 1)], "small" + p, Token)))
            .ToList();

        var order = new List<string>();
        while (small.Any(t => !t.IsCompleted) && order.Count < 200)
        {
            var before = pacer.Snapshot().GrantedByPlan;
            clock.Advance(Q.Minute);
            await Poll.UntilAsync(() => pacer.Idle && pacer.Snapshot().GrantedByPlan.Values.Sum() == before.Values.Sum() + 1);
            order.Add(pacer.Snapshot().GrantedByPlan.First(kv => kv.Value != before.GetValueOrDefault(kv.Key)).Key);
        }

        // 100 small calls and the big plan's share: 101 grants among 51 plans is two rounds, one call of the big plan per round
        // at most (it was served last before the small plans came, so it comes after each of them in the first round).
        Assert.All(small, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal(101, order.Count);
        Assert.Equal(1, order.Count(p => p == "big"));
        Assert.Equal(50, order.Take(50).Distinct().Count());
        Assert.DoesNotContain("big", order.Take(50));
        pacer.Dispose();
        await Task.WhenAll(big.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    [Fact]
    public async Task ASmallPlanThatSendsOneCallAtATime_KeepsItsPlace_AndDoesNotJumpAheadOfTheBigPlan()
    {
        var (clock, _, pacer) = Q.Pacer();
        using var _ = pacer;
        var big = Enumerable.Range(0, 10).Select(_ => pacer.AcquireAsync([Q.Rate("k", 1, 1)], "big", Token)).ToList();
        var order = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            // The small plan has one call waiting at a time: each new one enters after its previous call was granted.
            var next = pacer.AcquireAsync([Q.Rate("k", 1, 1)], "small", Token);
            var before = pacer.Snapshot().GrantedByPlan;
            clock.Advance(Q.Minute);
            await Poll.UntilAsync(() => pacer.Idle && pacer.Snapshot().GrantedByPlan.Values.Sum() == before.Values.Sum() + 1);
            order.Add(pacer.Snapshot().GrantedByPlan.First(kv => kv.Value != before.GetValueOrDefault(kv.Key)).Key);
            if (!next.IsCompleted)
            {
                clock.Advance(Q.Minute);
                await next;
                order.Add("small");
            }
        }

        // Alternating: neither plan is served twice in a row while the other waits.
        for (var i = 1; i < order.Count; i++)
        {
            Assert.NotEqual(order[i - 1], order[i]);
        }
    }

    [Fact]
    public async Task CallsOnQuotasWithRoomToSpare_GoToTheEarliestPlan_SoItReachesTheBindingQuotaFirst()
    {
        // One read at a time (a concurrency slot) that also takes a day's credits with plenty left: three plans each read
        // twice, then write. The first plan's second read goes before the others' first: no turn is spent where nothing is scarce.
        var (_, _, pacer) = Q.Pacer();
        using var _ = pacer;
        IReadOnlyList<ContactSync.Http.Quotas.QuotaCharge> Read() => [Q.Slots("zoho-slots", 1), Q.Rate("credits", 100_000, 1, TimeSpan.FromDays(1))];
        var first = await pacer.AcquireAsync(Read(), "a", Token);
        var waitingB = pacer.AcquireAsync(Read(), "b", Token);
        var waitingC = pacer.AcquireAsync(Read(), "c", Token);
        var secondA = pacer.AcquireAsync(Read(), "a", Token);

        first.Dispose();
        Assert.Same(secondA, await Task.WhenAny(secondA, waitingB, waitingC));
        Assert.False(waitingB.IsCompleted);
        (await secondA).Dispose();
        (await waitingB).Dispose();
        (await waitingC).Dispose();
    }

    [Fact]
    public async Task OnceAQuotaRefusesACall_ItsGrantsCostTurns_AndThePlansServedJustBeforeGoBehind()
    {
        // Two units a minute: plan a takes both before anyone else waits; when b and c come, a's grants count as its turns.
        var (clock, _, pacer) = Q.Pacer();
        using var _ = pacer;
        (await pacer.AcquireAsync([Q.Rate("k", 2, 1)], "a", Token)).Dispose();
        (await pacer.AcquireAsync([Q.Rate("k", 2, 1)], "a", Token)).Dispose();
        var a = pacer.AcquireAsync([Q.Rate("k", 2, 1)], "a", Token);
        var b = pacer.AcquireAsync([Q.Rate("k", 2, 1)], "b", Token);
        var c = pacer.AcquireAsync([Q.Rate("k", 2, 1)], "c", Token);
        await Poll.UntilAsync(() => pacer.Idle);

        clock.Advance(Q.Minute);
        (await b).Dispose();
        (await c).Dispose();
        Assert.False(a.IsCompleted);
        clock.Advance(Q.Minute);
        (await a).Dispose();
    }

    [Fact]
    public async Task TurnsSpentOnAContendedQuota_DoNotHoldBackThePlansCallsOnQuotasWithRoom()
    {
        // Plan a writes on a contended quota (one unit a minute, refused once), then reads: its read goes before the read of
        // plan b, which came later — a's turns on the scarce quota do not count where nothing is scarce.
        var (_, _, pacer) = Q.Pacer();
        using var _ = pacer;
        await MakeContendedAsync(pacer, "a");

        var held = await pacer.AcquireAsync([Q.Slots("z", 1)], "c", Token);
        var readB = pacer.AcquireAsync([Q.Slots("z", 1)], "b", Token);
        var readA = pacer.AcquireAsync([Q.Slots("z", 1)], "a", Token);
        await Poll.UntilAsync(() => pacer.Idle);

        held.Dispose();
        Assert.Same(readA, await Task.WhenAny(readA, readB));
        (await readA).Dispose();
        (await readB).Dispose();
    }

    [Fact]
    public async Task WhileNoQuotaIsContended_ALaterPlansReadOnTheSharedSlotsGoesBeforeAnEarlierPlansInsert()
    {
        // One slot: plan a's insert waits first, plan b's read second. The read leads b to the binding quota; a's insert
        // does not, so the slot goes to b's read (the old order gave it to a, the earlier plan).
        var (_, _, pacer) = Q.Pacer();
        using var _ = pacer;
        var held = await pacer.AcquireAsync([Q.Slots("zoho-slots", 1)], "x", Token);
        var insertA = pacer.AcquireAsync([Q.Slots("zoho-slots", 1)], "a", writes: true, Token);
        var readB = pacer.AcquireAsync([Q.Slots("zoho-slots", 1)], "b", writes: false, Token);
        await Poll.UntilAsync(() => pacer.Idle);

        held.Dispose();
        Assert.Same(readB, await Task.WhenAny(insertA, readB));
        Assert.False(insertA.IsCompleted);
        (await readB).Dispose();
        (await insertA).Dispose();
    }

    [Fact]
    public async Task OnceAQuotaIsContended_AnEarlierPlansInsertOnTheSharedSlotsGoesBeforeALaterPlansRead()
    {
        // Quota k refuses a call (contended): reading on no longer makes the binding quota go sooner, so the slot goes to the
        // earlier plan's insert, as for any other call where nothing is scarce.
        var (_, _, pacer) = Q.Pacer();
        using var _ = pacer;
        await MakeContendedAsync(pacer, "w");

        var held = await pacer.AcquireAsync([Q.Slots("zoho-slots", 1)], "x", Token);
        var insertA = pacer.AcquireAsync([Q.Slots("zoho-slots", 1)], "a", writes: true, Token);
        var readB = pacer.AcquireAsync([Q.Slots("zoho-slots", 1)], "b", writes: false, Token);
        await Poll.UntilAsync(() => pacer.Idle);

        held.Dispose();
        Assert.Same(insertA, await Task.WhenAny(insertA, readB));
        (await insertA).Dispose();
        (await readB).Dispose();
    }

    /// <summary>Plan <paramref name="plan"/> spends quota k (one unit a minute) and has its next call refused: k is contended.</summary>
    private static async Task MakeContendedAsync(QuotaPacer pacer, string plan)
    {
        (await pacer.AcquireAsync([Q.Rate("k", 1, 1)], plan, Token)).Dispose();
        using var stop = new CancellationTokenSource();
        var refused = pacer.AcquireAsync([Q.Rate("k", 1, 1)], plan, stop.Token);
        await Poll.UntilAsync(() => pacer.Idle);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => refused);
    }
}
