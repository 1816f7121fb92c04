using ContactSync.Core.Engine;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Runs;

/// <summary>Feeds engine progress to a run's subscribers (skipping repeats of the same state) and keeps the latest for persistence.</summary>
internal sealed class ActiveRunProgressSink(ActiveRun run, TimeProvider time) : ISyncProgressSink
{
    private Proto.RunProgress? _last;

    public void Report(SyncProgress progress)
    {
        run.Progress = progress;
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
}
