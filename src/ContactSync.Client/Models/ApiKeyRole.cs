namespace ContactSync.Client.Models;

/// <summary>What an API key may do.</summary>
public enum ApiKeyRole
{
    /// <summary>Everything, on all plans; manages connections and keys.</summary>
    Admin = 1,

    /// <summary>Only the plans of the key's CRM user.</summary>
    User = 2,
}
