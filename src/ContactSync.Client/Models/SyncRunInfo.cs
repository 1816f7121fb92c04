namespace ContactSync.Client.Models;

/// <summary>A run of a plan: identity, state and, once ended, its result.</summary>
public sealed record SyncRunInfo
{
    /// <summary>The run id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The plan that ran.</summary>
    public string PlanId { get; init; } = "";

    /// <summary>What started it.</summary>
    public RunTrigger Trigger { get; init; }

    /// <summary>Incremental or full.</summary>
    public RunMode Mode { get; init; } = RunMode.Incremental;

    /// <summary>True for a dry run that wrote nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When it ended (null while running).</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>How it ended (Running while not ended).</summary>
    public RunOutcome Outcome { get; init; }

    /// <summary>The latest phase.</summary>
    public RunPhase Phase { get; init; }

    /// <summary>Writes to the CRM.</summary>
    public SideCountsInfo Crm { get; init; } = new();

    /// <summary>Writes to Google.</summary>
    public SideCountsInfo Google { get; init; } = new();

    /// <summary>Fields decided by the conflict option.</summary>
    public int Conflicts { get; init; }

    /// <summary>Records that failed.</summary>
    public int Errors { get; init; }

    /// <summary>Contacts left for the next run by the caps.</summary>
    public long Backlog { get; init; }

    /// <summary>Contacts processed.</summary>
    public long Processed { get; init; }

    /// <summary>Contacts the run expected to process.</summary>
    public long Total { get; init; }

    /// <summary>API calls made.</summary>
    public ApiUsageInfo ApiUsage { get; init; } = new();

    /// <summary>A summary line; for failed runs the cause.</summary>
    public string Message { get; init; } = "";

    /// <summary>For the result of a dry run: every planned change. Empty otherwise.</summary>
    public IReadOnlyList<PlannedChangeInfo> PlannedChanges { get; init; } = Array.Empty<PlannedChangeInfo>();

    /// <summary>The Google account the run read and wrote.</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>
    /// The run's length as the server first predicted it from the quotas (null when not predicted); the actual length is
    /// <see cref="EndTime"/> − <see cref="StartTime"/>. For a dry run: the predicted length of the real run.
    /// </summary>
    public TimeSpan? PredictedDuration { get; init; }

    /// <summary>Conditions that held for the whole plan during the run, e.g. the Google account's contact limit.</summary>
    public IReadOnlyList<PlanConditionInfo> Conditions { get; init; } = Array.Empty<PlanConditionInfo>();

    /// <summary>Field values that were not written because the target field cannot hold them (see Get-ContactSyncRunError).</summary>
    public int Notes { get; init; }

    /// <summary>How long the run took (null while running).</summary>
    public TimeSpan? Duration => StartTime is { } s && EndTime is { } e ? e - s : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Id} {Outcome}" + (DryRun ? " (dry run)" : "") + (EndTime is { } end ? $" at {end:u}" : Outcome == RunOutcome.Running ? $", {Phase}" : "");
}
