using ContactSync.Core.Engine;
using ContactSync.Server.Runs.Launching;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Runs.Progress;

/// <summary>Feeds engine progress to a run's subscribers (skipping repeats of the same state) and keeps the latest for persistence.</summary>
internal sealed class ActiveRunProgressSink(ActiveRun run, TimeProvider time) : ISyncProgressSink
{
    private Proto.RunProgress? _last;

    public void Report(SyncProgress progress)
    {
        var previous = run.Progress;
        run.Progress = progress;
        if (previous is null || Writes(previous) != Writes(progress))
        {
            // A batch was applied and committed: its counts go to the run record now, not at the next interval.
            run.SignalWritten();
        }

        var item = RunMapper.ToEvent(run.RunId, progress, time.GetUtcNow());
        var comparable = item.Progress.Clone();
        comparable.Time = null;
        comparable.Message = "";
        if (comparable.Equals(_last))
        {
            return;
        }

        _last = comparable;
        run.Events.Publish(item);
    }

    private static (int, int) Writes(SyncProgress progress) => (
        progress.Crm.Created + progress.Crm.Updated + progress.Crm.Deleted + progress.Crm.Failed,
        progress.Google.Created + progress.Google.Updated + progress.Google.Deleted + progress.Google.Failed);
}
