namespace ContactSync.Client.Models;

/// <summary>One CRM user's result of a roll-out.</summary>
public sealed record RollOutResultInfo
{
    /// <summary>The CRM user.</summary>
    public string CrmUser { get; init; } = "";

    /// <summary>What happened.</summary>
    public RollOutOutcome Outcome { get; init; }

    /// <summary>The plan as stored (or as it would be); null when failed.</summary>
    public SyncPlanInfo? Plan { get; init; }

    /// <summary>The user's Google account.</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>True when the group was (or would be) created in the account.</summary>
    public bool GoogleGroupCreated { get; init; }

    /// <summary>For failures: the stable reason, e.g. CRM_PERMISSION_MISSING or CRM_VIEW_NOT_FOUND.</summary>
    public string Reason { get; init; } = "";

    /// <summary>For failures: what went wrong.</summary>
    public string Message { get; init; } = "";

    /// <summary>For failures: details, e.g. missing_permissions.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    /// <summary>Warnings that do not stop the plan.</summary>
    public IReadOnlyList<PlanConditionInfo> Warnings { get; init; } = Array.Empty<PlanConditionInfo>();

    /// <inheritdoc />
    public override string ToString() => Outcome == RollOutOutcome.Failed ? $"{CrmUser}: {Reason} {Message}" : $"{CrmUser}: {Outcome} {Plan}";
}
