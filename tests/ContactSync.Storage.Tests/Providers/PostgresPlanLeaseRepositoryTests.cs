namespace ContactSync.Storage.Tests.Providers;

/// <summary><see cref="PlanLeaseRepositoryTests"/> on a real PostgreSQL.</summary>
public sealed class PostgresPlanLeaseRepositoryTests(PostgresStorageFixture storage) : PlanLeaseRepositoryTests(storage), IClassFixture<PostgresStorageFixture>;
