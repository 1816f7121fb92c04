using ContactSync.Storage.Schema;

namespace ContactSync.Storage.Replicas;

/// <summary>
/// The server processes using the database, each with the schema version it runs, kept by their heartbeats; and the
/// database's own schema version. Start-up migrations read both (a server does not move the schema past what live
/// replicas can work with), and a running server checks the database has not been moved past it.
/// </summary>
public interface IReplicaRegistry
{
    /// <summary>Records a heartbeat of <paramref name="replica"/> at <paramref name="nowUtc"/> (adds it when missing).</summary>
    Task HeartbeatAsync(ReplicaRecord replica, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Removes a stopping replica.</summary>
    Task RemoveAsync(string replicaId, CancellationToken cancellationToken);

    /// <summary>Every replica row, live or stale, newest heartbeat first.</summary>
    Task<IReadOnlyList<ReplicaRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The database's schema version, or <see langword="null"/> before any server recorded one.</summary>
    Task<SchemaCompatibility?> GetSchemaAsync(CancellationToken cancellationToken);
}
