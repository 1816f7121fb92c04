namespace ContactSync.Core.Engine;

/// <summary>Receives progress at every page and batch of a run.</summary>
public interface ISyncProgressSink
{
    /// <summary>Called on the engine's flow; must not block for long.</summary>
    void Report(SyncProgress progress);
}
