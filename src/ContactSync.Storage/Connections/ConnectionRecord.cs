namespace ContactSync.Storage.Connections;

/// <summary>A stored connection: settings in clear (no secrets), secrets already protected by the caller.</summary>
/// <param name="Kind">Which service.</param>
/// <param name="SettingsJson">Non-secret settings (JSON, shape owned by the server).</param>
/// <param name="ProtectedSecrets">The secrets, encrypted by the server before storing (never clear text).</param>
/// <param name="Version">Incremented on every save (1 for the first).</param>
/// <param name="UpdatedUtc">When it was last saved.</param>
public sealed record ConnectionRecord(StoredConnectionKind Kind, string SettingsJson, string ProtectedSecrets, long Version, DateTime UpdatedUtc);
