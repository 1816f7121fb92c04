using ContactSync.Testing.Databases;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary><see cref="RunServiceTests"/> on a real PostgreSQL.</summary>
public sealed class PostgresRunServiceTests : RunServiceTests
{
    protected override TestDatabase Database => TestDatabase.PostgreSql;
}
