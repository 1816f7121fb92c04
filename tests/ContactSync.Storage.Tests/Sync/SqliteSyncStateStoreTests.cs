using ContactSync.Core.State;
using ContactSync.Testing.State;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>The state-store contract on SQLite (one database for the class; every test uses plans of its own).</summary>
public sealed class SqliteSyncStateStoreTests(SqliteStoreFixture fixture) : SyncStateStoreContract, IClassFixture<SqliteStoreFixture>
{
    /// <inheritdoc />
    protected override ISyncStateStore Store => fixture.Store;
}
