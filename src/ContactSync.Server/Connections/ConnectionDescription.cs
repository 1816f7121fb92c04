using ContactSync.Storage.Connections;

namespace ContactSync.Server.Connections;

/// <summary>What GetConnections and SetConnection report about a connection: no secrets.</summary>
/// <param name="Kind">Which service.</param>
/// <param name="Configured">Whether credentials are stored.</param>
/// <param name="DataCenter">Zoho data centre.</param>
/// <param name="ApiUrl">The API base URL in use.</param>
/// <param name="TokenUrl">The token endpoint (Google) or accounts URL (Zoho) in use.</param>
/// <param name="ClientId">The OAuth client id.</param>
/// <param name="ImpersonatedUser">Google: the impersonated user.</param>
/// <param name="ServiceAccountEmail">Google: the service account's email.</param>
/// <param name="CredentialType">Google: "service_account" or "refresh_token".</param>
/// <param name="UpdatedUtc">When it was last set (null when not configured).</param>
internal sealed record ConnectionDescription(
    StoredConnectionKind Kind,
    bool Configured,
    string DataCenter,
    string ApiUrl,
    string TokenUrl,
    string ClientId,
    string ImpersonatedUser,
    string ServiceAccountEmail,
    string CredentialType,
    DateTime? UpdatedUtc)
{
    /// <summary>Google with refresh tokens: the accounts with a stored token ("" for the unnamed default credential).</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>A connection that was never set.</summary>
    public static ConnectionDescription NotConfigured(StoredConnectionKind kind) => new(kind, false, "", "", "", "", "", "", "", null);
}
