namespace ContactSync.Core.Plans;

/// <summary>One page of plans, ordered by name (case-insensitively), then id.</summary>
/// <param name="Plans">The plans of the page.</param>
/// <param name="Next">Where the next page starts, <see langword="null"/> on the last page.</param>
public sealed record PlanPage(IReadOnlyList<StoredSyncPlan> Plans, PlanListCursor? Next);
