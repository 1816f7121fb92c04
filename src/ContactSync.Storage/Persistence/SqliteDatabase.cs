using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Persistence;

/// <summary>The SQLite seam: connection string, owner-only database files and SQLite-only start-up pragmas.</summary>
internal static class SqliteDatabase
{
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

    /// <summary>Switches a SQLite database to write-ahead logging (readers do not block the writer); no-op for other providers.</summary>
    /// <param name="db">The context.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>A task.</returns>
    public static async Task ConfigureAsync(ContactSyncDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            if (db.Database.GetDbConnection().DataSource is { Length: > 0 } file)
            {
                ProtectJournal(file);
            }
        }
    }

    /// <summary>Closes every pooled SQLite connection of the process.</summary>
    public static void ClearPools() => SqliteConnection.ClearAllPools();

    /// <summary>Makes the write-ahead log and shared-memory files owner-only (they may be left from an older version).</summary>
    private static void ProtectJournal(string file)
    {
        OwnerOnlyFiles.EnsureFile(file + "-wal");
        OwnerOnlyFiles.EnsureFile(file + "-shm");
        OwnerOnlyFiles.EnsureFile(file + "-journal");
    }
}
