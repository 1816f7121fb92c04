using ContactSync.Core.Plans;

namespace ContactSync.Server.Plans;

/// <summary>What Configure did.</summary>
/// <param name="Plan">The plan as stored (or as it would be stored, for validate-only calls).</param>
/// <param name="Created">True when the call created the plan.</param>
internal sealed record ConfigureResult(StoredSyncPlan Plan, bool Created)
{
    /// <summary>Warnings that do not stop the plan, e.g. the Google account's contact limit.</summary>
    public IReadOnlyList<Core.Engine.PlanCondition> Warnings { get; init; } = [];
}
