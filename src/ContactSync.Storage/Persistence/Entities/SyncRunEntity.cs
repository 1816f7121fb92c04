namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A run of a plan: identity, progress and result.</summary>
internal sealed class SyncRunEntity
{
    public string Id { get; set; } = "";

    public string PlanId { get; set; } = "";

    public string Trigger { get; set; } = "";

    public bool Full { get; set; }

    public bool DryRun { get; set; }

    public DateTime StartUtc { get; set; }

    public DateTime? EndUtc { get; set; }

    public string Outcome { get; set; } = "";

    public string Phase { get; set; } = "";

    public long Processed { get; set; }

    public long Total { get; set; }

    public int CrmCreated { get; set; }

    public int CrmUpdated { get; set; }

    public int CrmDeleted { get; set; }

    public int CrmFailed { get; set; }

    public int GoogleCreated { get; set; }

    public int GoogleUpdated { get; set; }

    public int GoogleDeleted { get; set; }

    public int GoogleFailed { get; set; }

    public int Conflicts { get; set; }

    public int Errors { get; set; }

    public long Backlog { get; set; }

    public int CrmCalls { get; set; }

    public int GoogleCalls { get; set; }

    public int RetriedCalls { get; set; }

    public long BackoffMs { get; set; }

    public string Message { get; set; } = "";

    public bool CancelRequested { get; set; }

    public string Holder { get; set; } = "";

    /// <summary>Field values left out of (or shortened in) successful writes.</summary>
    public int Notes { get; set; }

    /// <summary>The run's plan conditions as JSON (<c>[{"code","message","waiting"}]</c>), "" when none.</summary>
    public string ConditionsJson { get; set; } = "";

    /// <summary>The server running the run stopped before it ended: the counts are what it had saved (lower bounds).</summary>
    public bool Interrupted { get; set; }

    /// <summary>The Google account the run read and wrote ("" for the connection's default account).</summary>
    public string GoogleAccount { get; set; } = "";

    /// <summary>The run's length as first predicted from its work and the quotas, in milliseconds (null: not predicted).</summary>
    public long? PredictedDurationMs { get; set; }
}
