namespace ContactSync.Server.Connections;

/// <summary>The secret part of the Zoho connection: stored only protected, never returned, never logged.</summary>
/// <param name="ClientSecret">The OAuth client secret.</param>
/// <param name="RefreshToken">The OAuth refresh token.</param>
internal sealed record ZohoConnectionSecrets(string ClientSecret, string RefreshToken)
{
    /// <summary>Redacted, so a stray log or exception message cannot show the values.</summary>
    public override string ToString() => "ZohoConnectionSecrets { redacted }";
}
