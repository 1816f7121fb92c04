using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// The PostgreSQL seam: creates the database when it is missing and serialises the servers' start-up migrations with a
/// session-level advisory lock (one server migrates, the others wait, then find nothing to do).
/// </summary>
internal sealed class PostgresDatabase(string connectionString) : IProviderDatabase
{
    /// <summary>The advisory lock key of start-up migrations (the bytes of "ContSync").</summary>
    public const long MigrationLockKey = 0x436F6E7453796E63;

    private const string UndefinedDatabase = "3D000";
    private const string DuplicateDatabase = "42P04";

    /// <summary>Two <c>CREATE DATABASE</c> of one name at once: the loser fails on the catalog's unique index, not with 42P04.</summary>
    private const string UniqueViolation = "23505";
    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan WaitingNotice = TimeSpan.FromSeconds(10);

    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public async Task EnsureExistsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = new NpgsqlConnection(connectionString);
            await probe.OpenAsync(cancellationToken);
            return;
        }
        catch (PostgresException ex) when (ex.SqlState == UndefinedDatabase)
        {
            // Created below, through the server's maintenance database.
        }

        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = connection.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another server created it at the same moment.
        }
    }

    public async Task<IAsyncDisposable> LockForMigrationAsync(Action waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);

        // Its own unpooled connection: the lock belongs to the session and ends with it at the latest.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var waitedSince = Stopwatch.GetTimestamp();
            while (!await TryLockAsync(connection, cancellationToken))
            {
                if (Stopwatch.GetElapsedTime(waitedSince) >= WaitingNotice)
                {
                    waiting();
                    waitedSince = Stopwatch.GetTimestamp();
                }

                await Task.Delay(LockPoll, cancellationToken);
            }

            return new AdvisoryLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<bool> TableExistsAsync(ContactSyncDbContext db, string table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return await db.Database.SqlQuery<bool>($"SELECT to_regclass({quoted}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
    }

    public Task ConfigureAsync(ContactSyncDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public void ClearPools() => NpgsqlConnection.ClearAllPools();

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_try_advisory_lock(@key)";
        command.Parameters.AddWithValue("key", MigrationLockKey);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
