using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Persistence;

/// <summary>
/// The model on SQLite (the embedded default): every value is stored the way SQLite stores it — text for strings, JSON
/// and timestamps (ISO 8601, UTC, 100 ns), integers for numbers and booleans — and lengths are not enforced. Case-insensitive
/// plan names rest on the upper-case <c>NormalizedName</c> column with a unique index (SQLite's NOCASE folds ASCII only);
/// the plan and connection versions are concurrency tokens the application increments (no row-version column).
/// Migrations: <c>Migrations/Sqlite</c>.
/// </summary>
internal sealed class SqliteContactSyncDbContext : ContactSyncDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The SQLite connection.</param>
    public SqliteContactSyncDbContext(DbContextOptions<SqliteContactSyncDbContext> options)
        : base(options)
    {
    }
}
