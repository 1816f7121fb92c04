using ContactSync.Core.State;
using ContactSync.Storage.Sync;

namespace ContactSync.Server.Tests.Runs;

/// <summary>Gives every run the same state store (a test's in-memory store it can watch).</summary>
internal sealed class OneStoreFactory(ISyncStateStore store) : ISyncStateStoreFactory
{
    public ISyncStateStore ForRun(string runId) => store;
}
