namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="RunRepositoryTests"/> on a real PostgreSQL.</summary>
public sealed class PostgresRunRepositoryTests(PostgresStorageFixture storage) : RunRepositoryTests(storage), IClassFixture<PostgresStorageFixture>;
