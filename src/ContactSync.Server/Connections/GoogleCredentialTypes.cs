namespace ContactSync.Server.Connections;

/// <summary>The credential kinds of the Google connection, as reported in <c>ConnectionInfo.credential_type</c>.</summary>
internal static class GoogleCredentialTypes
{
    /// <summary>A service account with domain-wide delegation, impersonating a Workspace user.</summary>
    public const string ServiceAccount = "service_account";

    /// <summary>A user's OAuth refresh token with its client id and secret.</summary>
    public const string RefreshToken = "refresh_token";
}
