using ContactSync.Storage.Connections;

namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A stored connection (one row per kind): clear settings JSON and one protected secrets blob.</summary>
internal sealed class ConnectionEntity
{
    private ConnectionEntity()
    {
    }

    public StoredConnectionKind Kind { get; private set; }

    /// <summary>Non-secret settings as JSON.</summary>
    public string SettingsJson { get; private set; } = "{}";

    /// <summary>The secrets, protected by the server (Data Protection); never clear text.</summary>
    public string ProtectedSecrets { get; private set; } = "";

    public long Version { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public static ConnectionEntity Create(StoredConnectionKind kind, string settingsJson, string protectedSecrets, DateTime nowUtc) => new()
    {
        Kind = kind,
        SettingsJson = settingsJson,
        ProtectedSecrets = protectedSecrets,
        Version = 1,
        UpdatedUtc = nowUtc,
    };

    public void Replace(string settingsJson, string protectedSecrets, DateTime nowUtc)
    {
        SettingsJson = settingsJson;
        ProtectedSecrets = protectedSecrets;
        Version++;
        UpdatedUtc = nowUtc;
    }

    public ConnectionRecord ToRecord() => new(Kind, SettingsJson, ProtectedSecrets, Version, DateTime.SpecifyKind(UpdatedUtc, DateTimeKind.Utc));
}
