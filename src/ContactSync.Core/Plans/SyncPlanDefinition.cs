using ContactSync.Core.Mapping;

namespace ContactSync.Core.Plans;

/// <summary>Every user-set setting of a sync plan (what to sync, which way, how often).</summary>
/// <param name="Name">Unique display name (1..100 characters, unique case-insensitively).</param>
/// <param name="CrmUserId">The Zoho CRM user id the plan acts for (digits).</param>
/// <param name="Direction">Which way contacts flow.</param>
/// <param name="ConflictWinner">Which side wins a field changed on both sides (bidirectional plans).</param>
/// <param name="Interval">How often the scheduler runs the plan; <see langword="null"/> for manual only.</param>
/// <param name="CrmViewId">The Zoho CRM custom view id whose contacts are in scope.</param>
/// <param name="GoogleGroup">The Google contact group resource name ("contactGroups/…").</param>
/// <param name="FieldMappings">The field map (Google paths in canonical form once validated).</param>
/// <param name="DeletionPolicy">What a deletion on one side does to the other.</param>
/// <param name="MassDeleteThreshold">The mass-deletion breaker; 0 turns it off.</param>
/// <param name="FirstRunCap">The most contacts the first run processes; 0 means no cap.</param>
/// <param name="LaterRunsCap">The most contacts every later run processes; 0 means no cap.</param>
/// <param name="Enabled">Whether the scheduler runs the plan.</param>
/// <param name="EnforceOneWay">One-way plans: overwrite target-side edits of mapped fields at once.</param>
/// <param name="CrmGoogleRefField">Optional CRM field holding the Google resource name; "" for none.</param>
public sealed record SyncPlanDefinition(
    string Name,
    string CrmUserId,
    SyncDirection Direction,
    ConflictWinner ConflictWinner,
    TimeSpan? Interval,
    string CrmViewId,
    string GoogleGroup,
    IReadOnlyList<FieldMapping> FieldMappings,
    DeletionPolicy DeletionPolicy,
    int MassDeleteThreshold,
    int FirstRunCap,
    int LaterRunsCap,
    bool Enabled,
    bool EnforceOneWay,
    string CrmGoogleRefField)
{
    /// <summary>The default mass-deletion threshold.</summary>
    public const int DefaultMassDeleteThreshold = 100;

    /// <summary>The default cap of a plan's first run.</summary>
    public const int DefaultFirstRunCap = 10_000;

    /// <summary>The default cap of every later run.</summary>
    public const int DefaultLaterRunsCap = 500;

    /// <summary>
    /// Near-real-time: while the plan is enabled, the server subscribes to Zoho CRM's change notifications for it and polls
    /// its Google account's sync token, and starts an incremental run of the changed contacts within seconds. Needs an
    /// <see cref="Interval"/>: the scheduled run catches what a lost notification or a missed poll did not bring.
    /// </summary>
    public bool NearRealTime { get; init; }

    /// <summary>
    /// The Google account (an email, lower case) whose contacts the plan syncs: impersonated by a service account, or the
    /// account of a stored refresh token. "" means the connection's default account (plans saved before the CRM user's email
    /// could be resolved, or migrated from a single-account setup).
    /// </summary>
    public string GoogleAccount { get; init; } = "";
}
