using ContactSync.Core.Engine;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Events;

/// <summary>Where a run is (value-equal, so repeats of the same state can be skipped).</summary>
/// <param name="Phase">The step: an engine phase name, or "Queued" before the engine reported.</param>
/// <param name="Processed">Records decided so far.</param>
/// <param name="Total">Records read so far.</param>
/// <param name="Crm">Writes to the CRM so far.</param>
/// <param name="Google">Writes to Google so far.</param>
/// <param name="Conflicts">Fields decided by the conflict option.</param>
/// <param name="Errors">Records that failed.</param>
/// <param name="Message">A line for people.</param>
internal sealed record RunProgressState(string Phase, long Processed, long Total, RunCounts Crm, RunCounts Google, int Conflicts, int Errors, string Message)
{
    /// <summary>The engine's progress.</summary>
    public static RunProgressState From(SyncProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new(progress.Phase.ToString(), progress.Processed, progress.Total, RunCounts.From(progress.Crm), RunCounts.From(progress.Google),
            progress.Conflicts, progress.Errors, progress.Message);
    }

    /// <summary>The progress a run record holds (a run of another server, read back from the database).</summary>
    public static RunProgressState From(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Phase, run.Processed, run.Total, new RunCounts(run.CrmCreated, run.CrmUpdated, run.CrmDeleted, run.CrmFailed),
            new RunCounts(run.GoogleCreated, run.GoogleUpdated, run.GoogleDeleted, run.GoogleFailed), run.Conflicts, run.Errors, run.Message);
    }
}
