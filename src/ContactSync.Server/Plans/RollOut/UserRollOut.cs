using ContactSync.Core.Engine;
using ContactSync.Core.Plans;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>One CRM user's result of a roll-out.</summary>
/// <param name="CrmUserId">The CRM user.</param>
/// <param name="Outcome">What happened.</param>
internal sealed record UserRollOut(string CrmUserId, RollOutOutcome Outcome)
{
    /// <summary>The plan as stored (or as it would be); null when failed.</summary>
    public StoredSyncPlan? Plan { get; init; }

    /// <summary>For failures: the stable reason (an ErrorInfo reason).</summary>
    public string Reason { get; init; } = "";

    /// <summary>For failures: what went wrong.</summary>
    public string Message { get; init; } = "";

    /// <summary>For failures: details (e.g. missing_permissions).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The user's Google account.</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>Whether the group was (or would be) created in the account.</summary>
    public bool GoogleGroupCreated { get; init; }

    /// <summary>Warnings that do not stop the plan.</summary>
    public IReadOnlyList<PlanCondition> Warnings { get; init; } = [];
}
