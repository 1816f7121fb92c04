namespace ContactSync.Core.Engine;

/// <summary>The result of a run.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Crm">Writes to the CRM.</param>
/// <param name="Google">Writes to Google.</param>
/// <param name="Conflicts">Fields decided by the conflict option.</param>
/// <param name="Errors">Records that failed.</param>
/// <param name="Processed">Records decided.</param>
/// <param name="Total">Records read.</param>
/// <param name="Backlog">Records left for later runs by the caps.</param>
/// <param name="PlannedChanges">Dry runs: every planned change; real runs: empty.</param>
/// <param name="Message">A summary line.</param>
public sealed record SyncRunResult(
    SyncOutcome Outcome,
    SideTally Crm,
    SideTally Google,
    int Conflicts,
    int Errors,
    long Processed,
    long Total,
    long Backlog,
    IReadOnlyList<PlannedChange> PlannedChanges,
    string Message)
{
    /// <summary>Field values left out of (or shortened in) successful writes: notes, not failures.</summary>
    public int Notes { get; init; }

    /// <summary>Conditions of the whole plan, e.g. <see cref="PlanCondition.GoogleContactLimit"/>.</summary>
    public IReadOnlyList<PlanCondition> Conditions { get; init; } = [];
}
