using ContactSync.Testing.Databases;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary><see cref="RunServiceTests"/> on SQLite.</summary>
public sealed class SqliteRunServiceTests : RunServiceTests
{
    protected override TestDatabase Database => TestDatabase.Sqlite;
}
