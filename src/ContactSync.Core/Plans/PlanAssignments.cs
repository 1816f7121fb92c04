namespace ContactSync.Core.Plans;

/// <summary>What an admin key gave a plan explicitly (see <see cref="StoredSyncPlan"/>).</summary>
/// <param name="GoogleGroup">An admin gave the plan its Google group (<see cref="StoredSyncPlan.GoogleGroupAssigned"/>).</param>
/// <param name="GoogleAccount">An admin gave the plan its Google account (<see cref="StoredSyncPlan.GoogleAccountAssigned"/>).</param>
public sealed record PlanAssignments(bool GoogleGroup, bool GoogleAccount);
