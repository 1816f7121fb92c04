using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Sync;

/// <summary>Creates <see cref="EfSyncStateStore"/>s on the registered database.</summary>
internal sealed class EfSyncStateStoreFactory(IDbContextFactory<ContactSyncDbContext> contexts, TimeProvider time) : ISyncStateStoreFactory
{
    public ISyncStateStore ForRun(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return new EfSyncStateStore(contexts, time, runId);
    }
}
