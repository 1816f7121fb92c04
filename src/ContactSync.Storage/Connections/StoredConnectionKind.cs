namespace ContactSync.Storage.Connections;

/// <summary>Which external service a stored connection is for (one row per kind).</summary>
public enum StoredConnectionKind
{
    /// <summary>Zoho CRM.</summary>
    Zoho = 1,

    /// <summary>Google People.</summary>
    Google = 2,
}
