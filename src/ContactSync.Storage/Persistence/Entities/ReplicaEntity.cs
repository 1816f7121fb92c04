namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A server process using the database: its identity, the schema version it runs and its last heartbeat.</summary>
internal sealed class ReplicaEntity
{
    /// <summary>The process's lease-holder identity.</summary>
    public string Id { get; set; } = "";

    /// <summary>The replica's name (host name or <c>ContactSync:Runs:ReplicaName</c>).</summary>
    public string Name { get; set; } = "";

    public int SchemaVersion { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }
}
