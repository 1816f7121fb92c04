using ContactSync.Storage.Tests.NearRealTime;

namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="ChangeHintStoreTests"/> on SQLite.</summary>
public sealed class SqliteChangeHintStoreTests(SqliteStorageFixture storage) : ChangeHintStoreTests(storage), IClassFixture<SqliteStorageFixture>;
