using ContactSync.Core.Engine;
using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Launching;

namespace ContactSync.Server.Runs.Progress;

/// <summary>
/// Feeds engine progress to a run's subscribers (skipping repeats of the same state) with the run's latest ETA, keeps the
/// latest for persistence and has the ETA predicted again.
/// </summary>
internal sealed class ActiveRunProgressSink(ActiveRun run, TimeProvider time, RunEtaTracker? eta = null) : ISyncProgressSink
{
    private RunProgressState? _last;

    public void Report(SyncProgress progress)
    {
        var previous = run.Progress;
        run.Progress = progress;
        if (Writes(previous) != Writes(progress))
        {
            // A batch was applied and committed: its counts go to the run record now, not at the next interval. (A run that
            // has written nothing yet has nothing to save early: a run with no changes ends with one save, its end.)
            run.SignalWritten();
        }

        eta?.Changed();

        // A new message alone is no new state: subscribers see it with the next change.
        var state = RunProgressState.From(progress);
        var comparable = state with { Message = "" };
        if (comparable == _last)
        {
            return;
        }

        _last = comparable;
        var now = time.GetUtcNow();
        run.Events.Publish(new RunProgressEvent(run.RunId, state, now, run.EtaAt(now)));
    }

    private static (int, int) Writes(SyncProgress? progress) => progress is null ? (0, 0) : (
        progress.Crm.Created + progress.Crm.Updated + progress.Crm.Deleted + progress.Crm.Failed,
        progress.Google.Created + progress.Google.Updated + progress.Google.Deleted + progress.Google.Failed);
}
