using ContactSync.Storage.Tests.Sync;

namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="EfSyncStateStoreTests"/> on a real PostgreSQL.</summary>
public sealed class PostgresEfSyncStateStoreTests(PostgresStorageFixture storage) : EfSyncStateStoreTests(storage), IClassFixture<PostgresStorageFixture>;
