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
}
