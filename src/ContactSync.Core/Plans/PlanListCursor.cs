namespace ContactSync.Core.Plans;

/// <summary>Where a page of plans (ordered by name, then id) continues: after this plan.</summary>
/// <param name="Name">The name of the last plan of the previous page.</param>
/// <param name="Id">The id of the last plan of the previous page.</param>
public sealed record PlanListCursor(string Name, string Id);
