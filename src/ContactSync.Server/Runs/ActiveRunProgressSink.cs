using ContactSync.Core.Engine;

namespace ContactSync.Server.Runs;

/// <summary>Feeds engine progress to a run's subscribers and keeps the latest for persistence.</summary>
internal sealed class ActiveRunProgressSink(ActiveRun run, TimeProvider time) : ISyncProgressSink
{
    public void Report(SyncProgress progress)
    {
        run.Progress = progress;
        run.Events.Publish(RunMapper.ToEvent(run.RunId, progress, time.GetUtcNow()));
    }
}
