namespace ContactSync.Storage.Persistence;

/// <summary>What differs between the providers around migrations: creating the database, the migration lock, settings after it.</summary>
internal interface IProviderDatabase
{
    /// <summary>The provider.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>Creates the database when it does not exist yet (concurrent callers are fine).</summary>
    Task EnsureExistsAsync(CancellationToken cancellationToken);

    /// <summary>Holds the database-wide migration lock until disposed: one server migrates at a time, the others wait.</summary>
    Task<IAsyncDisposable> LockForMigrationAsync(Action waiting, CancellationToken cancellationToken);

    /// <summary>Whether a table exists (before the migration that creates it).</summary>
    Task<bool> TableExistsAsync(ContactSyncDbContext db, string table, CancellationToken cancellationToken);

    /// <summary>Provider settings applied after the migrations.</summary>
    Task ConfigureAsync(ContactSyncDbContext db, CancellationToken cancellationToken);

    /// <summary>Closes the pooled connections of the process.</summary>
    void ClearPools();
}
