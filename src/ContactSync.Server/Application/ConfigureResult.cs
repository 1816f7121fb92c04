using ContactSync.Core.Plans;

namespace ContactSync.Server.Application;

/// <summary>What Configure did.</summary>
/// <param name="Plan">The plan as stored (or as it would be stored, for validate-only calls).</param>
/// <param name="Created">True when the call created the plan.</param>
internal sealed record ConfigureResult(StoredSyncPlan Plan, bool Created);
