namespace ContactSync.Client.Models;

/// <summary>
/// What a roll-out gives every CRM user's plan. The view and the group are named and resolved per user (the group in each
/// user's own Google account, created there when missing). Null properties mean the server's defaults.
/// </summary>
public sealed record PlanTemplateInfo
{
    /// <summary>The plan name per user: "{email}", "{name}" and "{id}" are replaced (without them " ({email})" is appended; empty: "ContactSync ({email})").</summary>
    public string Name { get; init; } = "";

    /// <summary>Which way contacts flow.</summary>
    public SyncDirection? Direction { get; init; }

    /// <summary>Which side wins a field changed on both sides.</summary>
    public ConflictWinner? ConflictWinner { get; init; }

    /// <summary>How often each plan runs by itself; null or zero means manual.</summary>
    public TimeSpan? Frequency { get; init; }

    /// <summary>The CRM view's name (or id).</summary>
    public string CrmView { get; init; } = "";

    /// <summary>The Google group's name.</summary>
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

    /// <summary>Whether the scheduler runs the plans.</summary>
    public bool Enabled { get; init; }

    /// <summary>One-way plans: overwrite target-side edits at once.</summary>
    public bool EnforceOneWay { get; init; }

    /// <summary>Optional CRM field holding the Google resource name.</summary>
    public string CrmGoogleRefField { get; init; } = "";

    /// <summary>Near-real-time plans: Zoho notifications and Google polls (needs a frequency).</summary>
    public bool NearRealTime { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Direction} '{CrmView}' ↔ '{GoogleGroup}'";
}
