using ContactSync.Testing.Databases;

namespace ContactSync.Storage.Tests;

/// <summary>A migrated database of its own on the test process's real PostgreSQL (removed with the cluster at the end).</summary>
public sealed class PostgresStorageFixture : StorageFixture
{
    protected override async Task<DatabaseOptions> CreateOptionsAsync()
    {
        var server = await PostgresServer.GetAsync();
        return new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = server.NewConnectionString("storage") };
    }
}
