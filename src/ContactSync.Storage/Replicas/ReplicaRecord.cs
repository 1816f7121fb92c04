namespace ContactSync.Storage.Replicas;

/// <summary>A server process that uses the database.</summary>
/// <param name="Id">Its lease-holder identity (<c>name:pid:start:instance</c>).</param>
/// <param name="Name">The replica's name (host name, or <c>ContactSync:Runs:ReplicaName</c>).</param>
/// <param name="SchemaVersion">The schema version it runs.</param>
/// <param name="StartedUtc">When it started (UTC).</param>
/// <param name="LastSeenUtc">Its last heartbeat (UTC).</param>
public sealed record ReplicaRecord(string Id, string Name, int SchemaVersion, DateTime StartedUtc, DateTime LastSeenUtc);
