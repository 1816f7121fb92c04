using ContactSync.Testing.Databases;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary><see cref="ReplicaSchedulingTests"/> on a real PostgreSQL.</summary>
public sealed class PostgresReplicaSchedulingTests : ReplicaSchedulingTests
{
    protected override TestDatabase Database => TestDatabase.PostgreSql;
}
