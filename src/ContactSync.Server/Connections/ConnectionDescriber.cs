using ContactSync.Storage.Connections;
using ContactSync.Zoho;

namespace ContactSync.Server.Connections;

/// <summary>Builds the secret-free descriptions and the effective endpoints of the connections.</summary>
internal static class ConnectionDescriber
{
    /// <summary>Google's token endpoint.</summary>
    public const string GoogleTokenUrl = "https://oauth2.googleapis.com/token";

    /// <summary>The People API.</summary>
    public const string GoogleApiUrl = "https://people.googleapis.com/";

    /// <summary>Describes the Zoho connection.</summary>
    public static ConnectionDescription Describe(ZohoConnectionSettings settings, DateTime updatedUtc)
    {
        var options = ToOptions(settings);
        return new ConnectionDescription(StoredConnectionKind.Zoho, true, settings.DataCenter, WithoutUserInfo(options.EffectiveApiBaseUrl), WithoutUserInfo(options.EffectiveAccountsUrl),
            settings.ClientId, "", "", "", updatedUtc);
    }

    /// <summary>Describes the Google connection.</summary>
    public static ConnectionDescription Describe(GoogleConnectionSettings settings, DateTime updatedUtc) => new(
        StoredConnectionKind.Google,
        true,
        "",
        WithoutUserInfo(settings.ApiUrl.Length > 0 ? settings.ApiUrl : GoogleApiUrl),
        WithoutUserInfo(settings.TokenUrl.Length > 0 ? settings.TokenUrl : settings.KeyTokenUri.Length > 0 ? settings.KeyTokenUri : GoogleTokenUrl),
        settings.ClientId,
        settings.ImpersonatedUser,
        settings.ServiceAccountEmail,
        settings.CredentialType,
        updatedUtc)
    {
        Accounts = GoogleCredentials.Accounts(settings),
    };

    /// <summary>
    /// A URL as it may be shown: without a user name or password (SetConnection refuses them; a connection stored before
    /// that rule may still hold one).
    /// </summary>
    public static string WithoutUserInfo(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString()
            : url;

    /// <summary>Zoho client options without secrets (for the endpoints in effect).</summary>
    public static ZohoClientOptions ToOptions(ZohoConnectionSettings settings) => new()
    {
        DataCenter = settings.DataCenter.Length > 0 ? settings.DataCenter : "us",
        AccountsUrl = settings.AccountsUrl.Length > 0 ? settings.AccountsUrl : null,
        ApiBaseUrl = settings.ApiUrl.Length > 0 ? settings.ApiUrl : null,
        ClientId = settings.ClientId,
    };
}
