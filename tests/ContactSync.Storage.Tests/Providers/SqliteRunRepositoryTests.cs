namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="RunRepositoryTests"/> on SQLite.</summary>
public sealed class SqliteRunRepositoryTests(SqliteStorageFixture storage) : RunRepositoryTests(storage), IClassFixture<SqliteStorageFixture>;
