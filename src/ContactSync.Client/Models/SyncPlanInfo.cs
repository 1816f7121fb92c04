namespace ContactSync.Client.Models;

/// <summary>A sync plan (configuration). Null properties mean "not set" (the server's default on create).</summary>
public sealed record SyncPlanInfo : PlanSettingsInfo
{
    /// <summary>Server-assigned id; empty for a plan not yet created.</summary>
    public string Id { get; init; } = "";

    /// <summary>Optimistic-concurrency version.</summary>
    public long Version { get; init; }

    /// <summary>The Zoho CRM user id the plan acts for.</summary>
    public string CrmUser { get; init; } = "";

    /// <summary>The CRM view's name, when the caller looked it up (not sent to the server; empty when unknown).</summary>
    public string CrmViewName { get; init; } = "";

    /// <summary>The Google group's name, when the caller looked it up (not sent to the server; empty when unknown).</summary>
    public string GoogleGroupName { get; init; } = "";

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
