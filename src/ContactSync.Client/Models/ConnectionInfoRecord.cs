namespace ContactSync.Client.Models;

/// <summary>What the server keeps about a connection, without secrets.</summary>
public sealed record ConnectionInfoRecord
{
    /// <summary>Which service.</summary>
    public ConnectionKind Kind { get; init; }

    /// <summary>True once credentials were stored.</summary>
    public bool Configured { get; init; }

    /// <summary>Zoho data centre.</summary>
    public string DataCenter { get; init; } = "";

    /// <summary>The API base URL in use.</summary>
    public string ApiUrl { get; init; } = "";

    /// <summary>The token endpoint or accounts URL in use.</summary>
    public string TokenUrl { get; init; } = "";

    /// <summary>The OAuth client id.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>Google: the impersonated user.</summary>
    public string ImpersonatedUser { get; init; } = "";

    /// <summary>Google: the service account's email.</summary>
    public string ServiceAccountEmail { get; init; } = "";

    /// <summary>"service_account" or "refresh_token".</summary>
    public string CredentialType { get; init; } = "";

    /// <summary>Google with refresh tokens: the accounts with a stored token ("" for the unnamed default one).</summary>
    public IReadOnlyList<string> Accounts { get; init; } = Array.Empty<string>();

    /// <summary>When the credentials were last set.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {(Configured ? "configured" : "not configured")}";
}
