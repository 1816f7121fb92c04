namespace ContactSync.Server.Connections;

/// <summary>The secret part of the Google connection: stored only protected, never returned, never logged.</summary>
/// <param name="ServiceAccountJson">The service-account key JSON ("" for a refresh token).</param>
/// <param name="RefreshToken">The user's refresh token ("" for a service account).</param>
/// <param name="ClientSecret">The OAuth client secret of the refresh-token credential.</param>
/// <param name="RefreshTokens">The refresh tokens of named accounts (account → token); <see cref="RefreshToken"/> is the unnamed one.</param>
internal sealed record GoogleConnectionSecrets(string ServiceAccountJson, string RefreshToken, string ClientSecret, IReadOnlyDictionary<string, string>? RefreshTokens = null)
{
    /// <summary>Redacted, so a stray log or exception message cannot show the values.</summary>
    public override string ToString() => "GoogleConnectionSecrets { redacted }";
}
