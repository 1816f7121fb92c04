namespace ContactSync.Client.Models;

/// <summary>The outcome of a create-or-update of a plan.</summary>
public sealed record ConfigureResultInfo
{
    /// <summary>The plan as stored (or as it would be stored, for a validation-only call).</summary>
    public SyncPlanInfo Plan { get; init; } = new();

    /// <summary>True when the call created the plan.</summary>
    public bool Created { get; init; }

    /// <summary>Warnings that do not stop the plan, e.g. a view larger than the Google account's free room.</summary>
    public IReadOnlyList<PlanConditionInfo> Warnings { get; init; } = Array.Empty<PlanConditionInfo>();
}
