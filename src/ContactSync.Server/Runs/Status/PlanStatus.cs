using ContactSync.Core.Engine;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Status;

/// <summary>Where a plan stands: its last and current run, when it runs next, and what holds it back.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="PlanName">Its name.</param>
internal sealed record PlanStatus(string PlanId, string PlanName)
{
    /// <summary>The last ended run (dry runs excluded), or <see langword="null"/>.</summary>
    public RunRecord? LastRun { get; init; }

    /// <summary>The run in progress (with its latest counts), or <see langword="null"/>.</summary>
    public RunRecord? CurrentRun { get; init; }

    /// <summary>When the scheduler starts the plan next, or <see langword="null"/> (manual, disabled, paused).</summary>
    public DateTime? NextRunUtc { get; init; }

    /// <summary>Whether the mass-deletion breaker holds the plan.</summary>
    public bool PausedByBreaker { get; init; }

    /// <summary>Why the plan is paused.</summary>
    public string PauseReason { get; init; } = "";

    /// <summary>Changes waiting for a later run because of the caps.</summary>
    public long Backlog { get; init; }

    /// <summary>Records failing now.</summary>
    public int FailingRecords { get; init; }

    /// <summary>Linked pairs.</summary>
    public long LinkedContacts { get; init; }

    /// <summary>When the last successful run ended, or <see langword="null"/>.</summary>
    public DateTime? LastSuccessUtc { get; init; }

    /// <summary>The Google account the plan syncs ("" for the connection's default account).</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>The time the current run still needs as this server predicts it, or <see langword="null"/>.</summary>
    public TimeSpan? CurrentRunEta { get; init; }

    /// <summary>Conditions that hold now (seen by the last successful run).</summary>
    public IReadOnlyList<PlanCondition> Conditions { get; init; } = [];

    /// <summary>Near-real-time plans: their Zoho channel and Google poll; null for other plans.</summary>
    public NearRealTime.NearRealTimeStatus? NearRealTime { get; init; }
}
