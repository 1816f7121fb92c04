namespace ContactSync.Client.Models;

/// <summary>A sync plan (configuration). Null properties mean "not set" (the server's default on create).</summary>
public sealed record SyncPlanInfo
{
    /// <summary>Server-assigned id; empty for a plan not yet created.</summary>
    public string Id { get; init; } = "";

    /// <summary>Optimistic-concurrency version.</summary>
    public long Version { get; init; }

    /// <summary>Unique display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The Zoho CRM user id the plan acts for.</summary>
    public string CrmUser { get; init; } = "";

    /// <summary>Which way contacts flow.</summary>
    public SyncDirection? Direction { get; init; }

    /// <summary>Which side wins a field changed on both sides.</summary>
    public ConflictWinner? ConflictWinner { get; init; }

    /// <summary>How often the plan runs by itself; null or zero means manual.</summary>
    public TimeSpan? Frequency { get; init; }

    /// <summary>The Zoho CRM custom view id in scope.</summary>
    public string CrmView { get; init; } = "";

    /// <summary>The Google contact group resource name in scope.</summary>
    public string GoogleGroup { get; init; } = "";

    /// <summary>The CRM view's name, when the caller looked it up (not sent to the server; empty when unknown).</summary>
    public string CrmViewName { get; init; } = "";

    /// <summary>The Google group's name, when the caller looked it up (not sent to the server; empty when unknown).</summary>
    public string GoogleGroupName { get; init; } = "";

    /// <summary>The field map; empty on create means the default map.</summary>
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

    /// <summary>Near-real-time: Zoho notifications and Google polling start runs of the changed contacts within seconds.</summary>
    public bool NearRealTime { get; init; }

    /// <summary>
    /// The Google account (email) the plan syncs. Empty on create: the server gives the CRM user's email; on an update it keeps
    /// the plan's account.
    /// </summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>Set by the server: an admin key gave the plan its Google account (it may then be another user's).</summary>
    public bool GoogleAccountAssigned { get; init; }

    /// <summary>When the plan was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the plan was last changed.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <inheritdoc />
    public override string ToString() => Id.Length > 0 ? $"{Name} ({Id})" : Name;
}
