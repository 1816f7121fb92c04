using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Persistence;

/// <summary>The SQLite seam: connection string, owner-only database files and SQLite-only start-up pragmas.</summary>
internal sealed class SqliteDatabase : IProviderDatabase
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The connection string of <c>contactsync.db</c> in a data directory (created if missing).</summary>
    /// <param name="dataDirectory">The folder of the database file.</param>
    /// <returns>A pooled connection string (opening a SQLite file per context costs more than the query).</returns>
    public static string ConnectionString(string dataDirectory)
    {
        var folder = Path.GetFullPath(dataDirectory);
        var file = Path.Combine(folder, StorageServiceCollectionExtensions.SqliteFileName);

        // Owner-only before SQLite opens it: SQLite gives the -wal and -shm files the database file's permissions.
        OwnerOnlyFiles.EnsureFolder(folder);
        OwnerOnlyFiles.EnsureFile(file, create: true);
        ProtectJournal(file);
        return new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The file exists once the connection string is made.</summary>
    public Task EnsureExistsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>EF Core's own migration lock serialises servers on one file; nothing more is needed for SQLite (one server).</summary>
    public Task<IAsyncDisposable> LockForMigrationAsync(Action waiting, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(NoMigrationLock.Instance);

    public async Task<bool> TableExistsAsync(ContactSyncDbContext db, string table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var count = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}").SingleAsync(cancellationToken);
        return count > 0;
    }

    /// <summary>Switches the database to write-ahead logging (readers do not block the writer).</summary>
    /// <param name="db">The context.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task.</returns>
    public async Task ConfigureAsync(ContactSyncDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (db.Database.GetDbConnection().DataSource is { Length: > 0 } file)
        {
            ProtectJournal(file);
        }
    }

    /// <summary>Closes every pooled SQLite connection of the process.</summary>
    public void ClearPools() => SqliteConnection.ClearAllPools();

    /// <summary>Makes the write-ahead log and shared-memory files owner-only (they may be left from an older version).</summary>
    private static void ProtectJournal(string file)
    {
        OwnerOnlyFiles.EnsureFile(file + "-wal");
        OwnerOnlyFiles.EnsureFile(file + "-shm");
        OwnerOnlyFiles.EnsureFile(file + "-journal");
    }
}
