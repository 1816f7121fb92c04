namespace ContactSync.Client.Models;

/// <summary>
/// The settings a sync plan and a roll-out template share: direction, winner, schedule, scope, field map, deletion and caps.
/// Null properties mean "not set" (the server's defaults).
/// </summary>
public abstract record PlanSettingsInfo
{
    /// <summary>The name: a plan's unique display name, or a template's per-user pattern (see <see cref="PlanTemplateInfo"/>).</summary>
    public string Name { get; init; } = "";

    /// <summary>Which way contacts flow.</summary>
    public SyncDirection? Direction { get; init; }

    /// <summary>Which side wins a field changed on both sides.</summary>
    public ConflictWinner? ConflictWinner { get; init; }

    /// <summary>How often the plan runs by itself; null or zero means manual.</summary>
    public TimeSpan? Frequency { get; init; }

    /// <summary>The CRM view in scope: a plan's custom view id; a template's view name (or id), resolved per user.</summary>
    public string CrmView { get; init; } = "";

    /// <summary>The Google group in scope: a plan's contact group resource name; a template's group name, resolved per user.</summary>
    public string GoogleGroup { get; init; } = "";

    /// <summary>The field map; empty means the default map.</summary>
    public IReadOnlyList<FieldMapInfo> FieldMap { get; init; } = Array.Empty<FieldMapInfo>();

    /// <summary>What a deletion on one side does to the other.</summary>
    public DeletePolicy? DeletePolicy { get; init; }

    /// <summary>The mass-deletion breaker threshold (0 = off).</summary>
    public int? MassDeleteThreshold { get; init; }

    /// <summary>The most contacts the first run processes (0 = no cap).</summary>
    public int? InitialCap { get; init; }

    /// <summary>The most contacts each later run processes (0 = no cap).</summary>
    public int? IncrementalCap { get; init; }

    /// <summary>Whether the scheduler runs the plan.</summary>
    public bool Enabled { get; init; }

    /// <summary>One-way plans: overwrite target-side edits at once.</summary>
    public bool EnforceOneWay { get; init; }

    /// <summary>Optional CRM field holding the Google resource name.</summary>
    public string CrmGoogleRefField { get; init; } = "";
}
