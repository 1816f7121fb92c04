namespace ContactSync.Client.Models;

/// <summary>The state of one plan.</summary>
public sealed record PlanStatusInfo
{
    /// <summary>The plan id.</summary>
    public string PlanId { get; init; } = "";

    /// <summary>The plan name.</summary>
    public string PlanName { get; init; } = "";

    /// <summary>The Google account the plan syncs.</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>The last ended run (null if the plan never ran).</summary>
    public SyncRunInfo? LastRun { get; init; }

    /// <summary>The run in progress, if any.</summary>
    public SyncRunInfo? CurrentRun { get; init; }

    /// <summary>When the scheduler starts the plan next.</summary>
    public DateTimeOffset? NextRunTime { get; init; }

    /// <summary>True while the mass-deletion breaker holds the plan.</summary>
    public bool PausedByBreaker { get; init; }

    /// <summary>Why the plan is paused.</summary>
    public string PauseReason { get; init; } = "";

    /// <summary>Contacts waiting for a later run because of the caps.</summary>
    public long Backlog { get; init; }

    /// <summary>Records currently failing.</summary>
    public int FailingRecords { get; init; }

    /// <summary>Linked pairs the plan keeps in step.</summary>
    public long LinkedContacts { get; init; }

    /// <summary>When the last successful run ended.</summary>
    public DateTimeOffset? LastSuccessTime { get; init; }

    /// <summary>Conditions that currently hold for the plan, e.g. the Google account's contact limit.</summary>
    public IReadOnlyList<PlanConditionInfo> Conditions { get; init; } = Array.Empty<PlanConditionInfo>();

    /// <summary>Near-real-time plans only: the Zoho channel and the Google poll (null otherwise).</summary>
    public NearRealTimeInfo? NearRealTime { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{PlanName}: " + (CurrentRun is not null ? "running" : LastRun is { } last ? $"last run {last.Outcome}" : "never ran");
}
