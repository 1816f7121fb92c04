using ContactSync.Core.Engine;

namespace ContactSync.Storage.Runs;

/// <summary>A run as stored (progress while running, the result once ended).</summary>
internal sealed record RunRecord
{
    public required string Id { get; init; }

    public required string PlanId { get; init; }

    public required string Trigger { get; init; }

    public bool Full { get; init; }

    public bool DryRun { get; init; }

    public required DateTime StartUtc { get; init; }

    public DateTime? EndUtc { get; init; }

    /// <summary>"" while running; else Succeeded, PartiallySucceeded, Failed, Cancelled, PausedByBreaker.</summary>
    public string Outcome { get; init; } = "";

    public string Phase { get; init; } = "";

    public long Processed { get; init; }

    public long Total { get; init; }

    public int CrmCreated { get; init; }

    public int CrmUpdated { get; init; }

    public int CrmDeleted { get; init; }

    public int CrmFailed { get; init; }

    public int GoogleCreated { get; init; }

    public int GoogleUpdated { get; init; }

    public int GoogleDeleted { get; init; }

    public int GoogleFailed { get; init; }

    public int Conflicts { get; init; }

    public int Errors { get; init; }

    public long Backlog { get; init; }

    public int CrmCalls { get; init; }

    public int GoogleCalls { get; init; }

    public int RetriedCalls { get; init; }

    public long BackoffMs { get; init; }

    public string Message { get; init; } = "";

    public string Holder { get; init; } = "";

    /// <summary>Field values left out of (or shortened in) successful writes.</summary>
    public int Notes { get; init; }

    /// <summary>Conditions of the whole plan during the run, e.g. Google's contact limit.</summary>
    public IReadOnlyList<PlanCondition> Conditions { get; init; } = [];

    public bool Ended => EndUtc is not null;

    /// <summary>The server running the run stopped before it ended: the counts are what it had saved, so at least that much was written.</summary>
    public bool Interrupted { get; init; }
}
