namespace ContactSync.Client.Models;

/// <summary>Zoho CRM credentials to store. Secrets are write-only on the server.</summary>
public sealed record ZohoConnectionSettings
{
    /// <summary>Data centre: "us", "eu", "in", "au", "jp", "ca", "cn" or "sa".</summary>
    public string DataCenter { get; init; } = "";

    /// <summary>Override of the accounts (OAuth) base URL.</summary>
    public string AccountsUrl { get; init; } = "";

    /// <summary>Override of the API base URL.</summary>
    public string ApiUrl { get; init; } = "";

    /// <summary>OAuth client id.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>OAuth client secret.</summary>
    public string ClientSecret { get; init; } = "";

    /// <summary>OAuth refresh token.</summary>
    public string RefreshToken { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"Zoho {DataCenter} {ClientId}";
}
