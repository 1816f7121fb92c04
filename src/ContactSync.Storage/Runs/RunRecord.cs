using ContactSync.Core.Engine;

namespace ContactSync.Storage.Runs;

/// <summary>A run as stored (progress while running, the result once ended).</summary>
public sealed record RunRecord
{
    /// <summary>The run id.</summary>
    public required string Id { get; init; }

    /// <summary>The plan that runs.</summary>
    public required string PlanId { get; init; }

    /// <summary>What started it: Manual, Scheduled or Retry.</summary>
    public required string Trigger { get; init; }

    /// <summary>Whether every contact in scope is read (else only the changes).</summary>
    public bool Full { get; init; }

    /// <summary>Whether the run only plans.</summary>
    public bool DryRun { get; init; }

    /// <summary>When it started (UTC).</summary>
    public required DateTime StartUtc { get; init; }

    /// <summary>When it ended (UTC); <see langword="null"/> while running.</summary>
    public DateTime? EndUtc { get; init; }

    /// <summary>"" while running; else Succeeded, PartiallySucceeded, Failed, Cancelled, PausedByBreaker.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>The step it is in (an engine phase name, "Queued" or "Done").</summary>
    public string Phase { get; init; } = "";

    /// <summary>Records decided so far.</summary>
    public long Processed { get; init; }

    /// <summary>Records read so far.</summary>
    public long Total { get; init; }

    /// <summary>CRM records created.</summary>
    public int CrmCreated { get; init; }

    /// <summary>CRM records updated.</summary>
    public int CrmUpdated { get; init; }

    /// <summary>CRM records deleted or quarantined.</summary>
    public int CrmDeleted { get; init; }

    /// <summary>CRM writes that failed.</summary>
    public int CrmFailed { get; init; }

    /// <summary>Google contacts created.</summary>
    public int GoogleCreated { get; init; }

    /// <summary>Google contacts updated.</summary>
    public int GoogleUpdated { get; init; }

    /// <summary>Google contacts deleted or quarantined.</summary>
    public int GoogleDeleted { get; init; }

    /// <summary>Google writes that failed.</summary>
    public int GoogleFailed { get; init; }

    /// <summary>Fields decided by the conflict option.</summary>
    public int Conflicts { get; init; }

    /// <summary>Records that failed.</summary>
    public int Errors { get; init; }

    /// <summary>Changes left for later runs by the caps.</summary>
    public long Backlog { get; init; }

    /// <summary>Calls made to Zoho CRM.</summary>
    public int CrmCalls { get; init; }

    /// <summary>Calls made to Google.</summary>
    public int GoogleCalls { get; init; }

    /// <summary>Calls retried.</summary>
    public int RetriedCalls { get; init; }

    /// <summary>Time spent waiting before retries, in milliseconds.</summary>
    public long BackoffMs { get; init; }

    /// <summary>A line for people.</summary>
    public string Message { get; init; } = "";

    /// <summary>The server process that ran it (its lease-holder identity).</summary>
    public string Holder { get; init; } = "";

    /// <summary>Field values left out of (or shortened in) successful writes.</summary>
    public int Notes { get; init; }

    /// <summary>Conditions of the whole plan during the run, e.g. Google's contact limit.</summary>
    public IReadOnlyList<PlanCondition> Conditions { get; init; } = [];

    /// <summary>Whether the run has ended.</summary>
    public bool Ended => EndUtc is not null;

    /// <summary>The server running the run stopped before it ended: the counts are what it had saved, so at least that much was written.</summary>
    public bool Interrupted { get; init; }

    /// <summary>The Google account the run reads and writes ("" for the connection's default account).</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>The run's length as first predicted from its work and the quotas, in milliseconds (null: not predicted).</summary>
    public long? PredictedDurationMs { get; init; }
}
