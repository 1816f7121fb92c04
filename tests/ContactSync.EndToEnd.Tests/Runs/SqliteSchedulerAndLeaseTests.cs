using ContactSync.Testing.Databases;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary><see cref="SchedulerAndLeaseTests"/> on SQLite.</summary>
public sealed class SqliteSchedulerAndLeaseTests : SchedulerAndLeaseTests
{
    protected override TestDatabase Database => TestDatabase.Sqlite;
}
