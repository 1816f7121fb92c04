using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>What the pacer holds now: calls waiting per plan, calls granted per plan, and how many plans wait on each quota.</summary>
/// <param name="WaitingByPlan">Calls waiting, per plan with any.</param>
/// <param name="GrantedByPlan">Calls granted since the pacer started, per plan it remembers.</param>
/// <param name="PlansWaitingByKey">Plans with at least one call waiting on the quota (the share an ETA divides by).</param>
public sealed record QuotaPacerSnapshot(
    IReadOnlyDictionary<string, int> WaitingByPlan,
    IReadOnlyDictionary<string, long> GrantedByPlan,
    IReadOnlyDictionary<QuotaKey, int> PlansWaitingByKey)
{
    /// <summary>Calls waiting in all.</summary>
    public int Waiting => WaitingByPlan.Values.Sum();

    /// <summary>The snapshot of the pacer's plans (taken under the pacer's lock).</summary>
    internal static QuotaPacerSnapshot Of(IEnumerable<PlanQueue> plans)
    {
        var waiting = new Dictionary<string, int>(StringComparer.Ordinal);
        var granted = new Dictionary<string, long>(StringComparer.Ordinal);
        var byKey = new Dictionary<QuotaKey, int>();
        foreach (var plan in plans)
        {
            granted[plan.Plan] = plan.Granted;
            if (plan.Waiters.Count == 0)
            {
                continue;
            }

            waiting[plan.Plan] = plan.Waiters.Count;
            foreach (var key in plan.Waiters.SelectMany(w => w.Charges).Select(c => c.Key).Distinct())
            {
                byKey[key] = byKey.GetValueOrDefault(key) + 1;
            }
        }

        return new QuotaPacerSnapshot(waiting, granted, byKey);
    }
}
