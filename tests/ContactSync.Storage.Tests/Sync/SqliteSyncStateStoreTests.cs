using ContactSync.Core.State;
using ContactSync.Testing.State;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>
/// The state-store contract on SQLite, through the public registration (one database for the class; every test uses
/// plans of its own). Another database is one more fixture like <see cref="StorageFixture"/> and a subclass like this.
/// </summary>
public sealed class SqliteSyncStateStoreTests(SqliteStorageFixture storage) : SyncStateStoreContract, IClassFixture<SqliteStorageFixture>
{
    /// <inheritdoc />
    protected override ISyncStateStore Store => storage.Services.GetRequiredService<ISyncStateStore>();
}
