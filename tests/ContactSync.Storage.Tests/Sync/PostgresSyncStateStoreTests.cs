using ContactSync.Core.State;
using ContactSync.Testing.State;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>The state-store contract on a real PostgreSQL, through the public registration (one database for the class).</summary>
public sealed class PostgresSyncStateStoreTests(PostgresStorageFixture storage) : SyncStateStoreContract, IClassFixture<PostgresStorageFixture>
{
    /// <inheritdoc />
    protected override ISyncStateStore Store => storage.Services.GetRequiredService<ISyncStateStore>();
}
