namespace ContactSync.Server.Connections;

/// <summary>The Google connection as stored, secrets unprotected (in memory only).</summary>
/// <param name="Settings">Non-secret settings.</param>
/// <param name="Secrets">The secrets.</param>
/// <param name="Version">Incremented on every SetConnection.</param>
/// <param name="UpdatedUtc">When it was last set.</param>
internal sealed record StoredGoogleConnection(GoogleConnectionSettings Settings, GoogleConnectionSecrets Secrets, long Version, DateTime UpdatedUtc);
