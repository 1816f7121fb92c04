using ContactSync.Core.State;

namespace ContactSync.Storage.Sync;

/// <summary>
/// Gives a run its <see cref="ISyncStateStore"/>: the failures and field notes it commits are also listed as that run's
/// errors. The plain <see cref="ISyncStateStore"/> (registered too) records failures under no run, as dry runs do.
/// </summary>
public interface ISyncStateStoreFactory
{
    /// <summary>The store of run <paramref name="runId"/> ("" for a run whose errors are not listed, e.g. a dry run).</summary>
    ISyncStateStore ForRun(string runId);
}
