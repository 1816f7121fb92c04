namespace ContactSync.Storage.ApiKeys;

/// <summary>What an API key may do.</summary>
public enum ApiKeyRole
{
    /// <summary>Everything, on all plans; manages keys and connections.</summary>
    Admin,

    /// <summary>Only the plans of the key's CRM user.</summary>
    User,
}
