namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="PlanLeaseRepositoryTests"/> on SQLite.</summary>
public sealed class SqlitePlanLeaseRepositoryTests(SqliteStorageFixture storage) : PlanLeaseRepositoryTests(storage), IClassFixture<SqliteStorageFixture>;
