using ContactSync.Testing.Databases;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary><see cref="SchedulerAndLeaseTests"/> on a real PostgreSQL.</summary>
public sealed class PostgresSchedulerAndLeaseTests : SchedulerAndLeaseTests
{
    protected override TestDatabase Database => TestDatabase.PostgreSql;
}
