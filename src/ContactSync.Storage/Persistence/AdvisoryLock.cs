using Npgsql;

namespace ContactSync.Storage.Persistence;

/// <summary>A held PostgreSQL advisory lock (<see cref="PostgresDatabase.MigrationLockKey"/>): unlocked and its session closed on dispose.</summary>
internal sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_advisory_unlock(@key)";
            command.Parameters.AddWithValue("key", PostgresDatabase.MigrationLockKey);
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The session is gone, and the lock with it.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
