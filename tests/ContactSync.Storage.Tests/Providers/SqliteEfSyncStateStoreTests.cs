using ContactSync.Storage.Tests.Sync;

namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="EfSyncStateStoreTests"/> on SQLite.</summary>
public sealed class SqliteEfSyncStateStoreTests(SqliteStorageFixture storage) : EfSyncStateStoreTests(storage), IClassFixture<SqliteStorageFixture>;
