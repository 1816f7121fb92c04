namespace ContactSync.Client.Models;

/// <summary>The two external services.</summary>
public enum ConnectionKind
{
    /// <summary>Zoho CRM.</summary>
    Zoho = 1,

    /// <summary>Google People.</summary>
    Google = 2,
}
