using ContactSync.Storage.Tests.NearRealTime;

namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="ChangeHintStoreTests"/> on a real PostgreSQL.</summary>
public sealed class PostgresChangeHintStoreTests(PostgresStorageFixture storage) : ChangeHintStoreTests(storage), IClassFixture<PostgresStorageFixture>;
