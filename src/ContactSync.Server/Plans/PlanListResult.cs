using ContactSync.Core.Plans;

namespace ContactSync.Server.Plans;

/// <summary>One page of plans with the token of the next.</summary>
/// <param name="Plans">The plans, ordered by name.</param>
/// <param name="NextPageToken">The next page's token, "" on the last page.</param>
internal sealed record PlanListResult(IReadOnlyList<StoredSyncPlan> Plans, string NextPageToken);
