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
}
