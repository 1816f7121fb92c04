using ContactSync.Testing.Databases;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary><see cref="ReplicaSchedulingTests"/> on SQLite.</summary>
public sealed class SqliteReplicaSchedulingTests : ReplicaSchedulingTests
{
    protected override TestDatabase Database => TestDatabase.Sqlite;
}
