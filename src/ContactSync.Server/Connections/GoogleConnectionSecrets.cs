namespace ContactSync.Server.Connections;

/// <summary>The secret part of the Google connection: stored only protected, never returned, never logged.</summary>
/// <param name="ServiceAccountJson">The service-account key JSON ("" for a refresh token).</param>
/// <param name="RefreshToken">The user's refresh token ("" for a service account).</param>
/// <param name="ClientSecret">The OAuth client secret of the refresh-token credential.</param>
internal sealed record GoogleConnectionSecrets(string ServiceAccountJson, string RefreshToken, string ClientSecret)
{
    /// <summary>Redacted, so a stray log or exception message cannot show the values.</summary>
    public override string ToString() => "GoogleConnectionSecrets { redacted }";
}
