namespace ContactSync.Core.Plans;

/// <summary>A sync plan as stored: its identity, version and timestamps around the definition.</summary>
/// <param name="Id">Server-assigned id, e.g. "pln_0123456789abcdef".</param>
/// <param name="Version">Optimistic-concurrency version, 1 after creation, incremented by every change.</param>
/// <param name="Definition">The plan's settings.</param>
/// <param name="CreatedUtc">When the plan was created (UTC).</param>
/// <param name="UpdatedUtc">When the plan was last changed (UTC).</param>
public sealed record StoredSyncPlan(string Id, long Version, SyncPlanDefinition Definition, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    /// <summary>
    /// Whether an admin key gave the plan its Google group. Until each CRM user syncs their own Google account, all plans
    /// share one address book, so only such a plan may use a group that plans of other CRM users use too.
    /// </summary>
    public bool GoogleGroupAssigned { get; init; }

    /// <summary>
    /// Whether an admin key gave the plan its Google account. Only such a plan may sync an account other than its CRM user's
    /// own email.
    /// </summary>
    public bool GoogleAccountAssigned { get; init; }
}
