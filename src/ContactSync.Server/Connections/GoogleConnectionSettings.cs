namespace ContactSync.Server.Connections;

/// <summary>The non-secret part of the Google connection (stored in clear, returned by GetConnections).</summary>
/// <param name="CredentialType"><see cref="GoogleCredentialTypes.ServiceAccount"/> or <see cref="GoogleCredentialTypes.RefreshToken"/>.</param>
/// <param name="ImpersonatedUser">The Workspace user a service account impersonates ("" for a refresh token).</param>
/// <param name="ClientId">The OAuth client id (refresh-token credential).</param>
/// <param name="TokenUrl">Override of the token endpoint, "" for the key's token_uri or Google's.</param>
/// <param name="ApiUrl">Override of the People API base URL, "" for Google's.</param>
/// <param name="ServiceAccountEmail">The service account's client_email, read from the key.</param>
/// <param name="KeyTokenUri">The key's token_uri, read from the key ("" when absent).</param>
/// <param name="Accounts">
/// Refresh-token credential: the accounts whose refresh token is stored, in the order they were first stored ("" for the
/// unnamed default credential). Null in a connection stored before per-account credentials (its one token is unnamed).
/// </param>
internal sealed record GoogleConnectionSettings(
    string CredentialType,
    string ImpersonatedUser,
    string ClientId,
    string TokenUrl,
    string ApiUrl,
    string ServiceAccountEmail,
    string KeyTokenUri,
    IReadOnlyList<string>? Accounts = null);
