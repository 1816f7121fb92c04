namespace ContactSync.Client.Models;

/// <summary>The outcome of a create-or-update of a plan.</summary>
public sealed record ConfigureResultInfo
{
    /// <summary>The plan as stored (or as it would be stored, for a validation-only call).</summary>
    public SyncPlanInfo Plan { get; init; } = new();

    /// <summary>True when the call created the plan.</summary>
    public bool Created { get; init; }
}
