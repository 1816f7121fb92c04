namespace ContactSync.Server.Connections;

/// <summary>The Zoho connection as stored, secrets unprotected (in memory only).</summary>
/// <param name="Settings">Non-secret settings.</param>
/// <param name="Secrets">The secrets.</param>
/// <param name="Version">Incremented on every SetConnection.</param>
/// <param name="UpdatedUtc">When it was last set.</param>
internal sealed record StoredZohoConnection(ZohoConnectionSettings Settings, ZohoConnectionSecrets Secrets, long Version, DateTime UpdatedUtc);
