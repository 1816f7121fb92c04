namespace ContactSync.Storage.Connections;

/// <summary>Stores the Zoho and Google connections (one row per kind). Secrets arrive and leave protected.</summary>
public interface IConnectionRepository
{
    /// <summary>Reads one connection; <see langword="null"/> when it was never set.</summary>
    Task<ConnectionRecord?> GetAsync(StoredConnectionKind kind, CancellationToken cancellationToken);

    /// <summary>Reads every stored connection.</summary>
    Task<IReadOnlyList<ConnectionRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Creates or replaces a connection and returns it with its new version.</summary>
    Task<ConnectionRecord> SaveAsync(StoredConnectionKind kind, string settingsJson, string protectedSecrets, CancellationToken cancellationToken);

    /// <summary>
    /// Creates or replaces a connection only if it is still at <paramref name="expectedVersion"/> (0: not stored yet), for
    /// read-modify-write updates; <see langword="null"/> when another save came first.
    /// </summary>
    Task<ConnectionRecord?> TrySaveAsync(StoredConnectionKind kind, string settingsJson, string protectedSecrets, long expectedVersion, CancellationToken cancellationToken);
}
