namespace ContactSync.Client.Models;

/// <summary>Google People credentials to store: a service-account key or a refresh token.</summary>
public sealed record GoogleConnectionSettings
{
    /// <summary>A service account key (the JSON file's content).</summary>
    public string ServiceAccountJson { get; init; } = "";

    /// <summary>A user's OAuth refresh token.</summary>
    public string RefreshToken { get; init; } = "";

    /// <summary>The Workspace user to impersonate with a service account.</summary>
    public string ImpersonatedUser { get; init; } = "";

    /// <summary>OAuth client id (refresh-token credential).</summary>
    public string ClientId { get; init; } = "";

    /// <summary>OAuth client secret (refresh-token credential).</summary>
    public string ClientSecret { get; init; } = "";

    /// <summary>Override of the token endpoint.</summary>
    public string TokenUrl { get; init; } = "";

    /// <summary>Override of the People API base URL.</summary>
    public string ApiUrl { get; init; } = "";

    /// <summary>
    /// For a refresh token: the Google account (email) it belongs to; the server keeps one token per account (storing another
    /// account's token adds it). Empty: the connection's unnamed default token.
    /// </summary>
    public string Account { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"Google {ImpersonatedUser} {ClientId}";
}
