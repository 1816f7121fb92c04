namespace ContactSync.Client.Models;

/// <summary>A newly created API key with its secret, shown only once.</summary>
public sealed record NewApiKeyInfo
{
    /// <summary>The key id.</summary>
    public string Id { get; init; } = "";

    /// <summary>A label for people.</summary>
    public string Name { get; init; } = "";

    /// <summary>Admin or user.</summary>
    public ApiKeyRole Role { get; init; }

    /// <summary>For user keys: the CRM user.</summary>
    public string CrmUser { get; init; } = "";

    /// <summary>The secret to send as "authorization: Bearer &lt;secret&gt;". Shown only here.</summary>
    public string Secret { get; init; } = "";
}
