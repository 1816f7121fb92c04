using ContactSync.Google;
using ContactSync.Server.Errors;

namespace ContactSync.Server.Connections;

/// <summary>
/// The Google accounts a stored connection can act for. A service account impersonates any account of its Workspace domain
/// (its <c>impersonated_user</c> is the default); a refresh-token connection holds one refresh token per account it was
/// given (SetConnection with <c>google.account</c>), plus at most one unnamed token (stored without an account, or before
/// per-account credentials), which is then the default. Tokens belong to the OAuth client that issued them, so a new
/// client id replaces them all.
/// </summary>
internal static class GoogleCredentials
{
    private static readonly IReadOnlyDictionary<string, string> NoTokens = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The accounts with a stored refresh token, first stored first ("" for the unnamed one); empty for a service account.</summary>
    public static IReadOnlyList<string> Accounts(GoogleConnectionSettings settings) =>
        settings.CredentialType != GoogleCredentialTypes.RefreshToken ? [] : settings.Accounts ?? [""];

    /// <summary>The account of requests that name none: the impersonated user, or the unnamed token, else the first account stored.</summary>
    public static string DefaultAccount(GoogleConnectionSettings settings)
    {
        if (settings.CredentialType != GoogleCredentialTypes.RefreshToken)
        {
            return settings.ImpersonatedUser;
        }

        var accounts = Accounts(settings);
        return accounts.Count == 0 || accounts.Contains("") ? "" : accounts[0];
    }

    /// <summary>A SetConnection credential of one account, as stored (<paramref name="account"/> "" for the unnamed one).</summary>
    public static (GoogleConnectionSettings Settings, GoogleConnectionSecrets Secrets) ForAccount(
        GoogleConnectionSettings settings, GoogleConnectionSecrets secrets, string account) =>
        settings.CredentialType != GoogleCredentialTypes.RefreshToken
            ? (settings with { Accounts = null }, secrets with { RefreshTokens = null })
            : account.Length == 0
                ? (settings with { Accounts = [""] }, secrets with { RefreshTokens = null })
                : (settings with { Accounts = [account] }, secrets with { RefreshToken = "", RefreshTokens = new Dictionary<string, string>(StringComparer.Ordinal) { [account] = secrets.RefreshToken } });

    /// <summary>
    /// The connection to store when <paramref name="incoming"/> (one account's credential) is set over <paramref name="existing"/>:
    /// a refresh token for the same OAuth client joins the others (replacing that account's token); anything else replaces the connection.
    /// </summary>
    public static (GoogleConnectionSettings Settings, GoogleConnectionSecrets Secrets) Merge(
        StoredGoogleConnection? existing, GoogleConnectionSettings incoming, GoogleConnectionSecrets incomingSecrets)
    {
        if (existing is null || incoming.CredentialType != GoogleCredentialTypes.RefreshToken
            || existing.Settings.CredentialType != GoogleCredentialTypes.RefreshToken
            || !string.Equals(existing.Settings.ClientId, incoming.ClientId, StringComparison.Ordinal))
        {
            return (incoming, incomingSecrets);
        }

        var accounts = Accounts(existing.Settings).ToList();
        accounts.AddRange(Accounts(incoming).Where(a => !accounts.Contains(a, StringComparer.Ordinal)));
        var tokens = new Dictionary<string, string>(existing.Secrets.RefreshTokens ?? NoTokens, StringComparer.Ordinal);
        foreach (var (account, token) in incomingSecrets.RefreshTokens ?? NoTokens)
        {
            tokens[account] = token;
        }

        var unnamed = incomingSecrets.RefreshToken.Length > 0 ? incomingSecrets.RefreshToken : existing.Secrets.RefreshToken;
        return (incoming with { Accounts = accounts }, incomingSecrets with { RefreshToken = unnamed, RefreshTokens = tokens });
    }

    /// <summary>
    /// The client options that act for <paramref name="account"/> ("" = the default account) and the account they act for.
    /// Throws <see cref="PreconditionFailedException"/> (GOOGLE_ACCOUNT_NOT_CONNECTED) when a refresh-token connection has no token for it.
    /// </summary>
    public static (string Account, GoogleClientOptions Options) Select(StoredGoogleConnection connection, string account)
    {
        var settings = connection.Settings;
        var effective = account.Length > 0 ? account : DefaultAccount(settings);
        var options = new GoogleClientOptions
        {
            ApiBaseUrl = settings.ApiUrl.Length > 0 ? settings.ApiUrl : null,
            TokenUrl = settings.TokenUrl.Length > 0 ? settings.TokenUrl : null,
        };
        if (settings.CredentialType == GoogleCredentialTypes.ServiceAccount)
        {
            options.ServiceAccountJson = connection.Secrets.ServiceAccountJson;
            options.ImpersonatedUser = effective;
            return (effective, options);
        }

        var token = effective.Length == 0
            ? connection.Secrets.RefreshToken
            : (connection.Secrets.RefreshTokens ?? NoTokens).GetValueOrDefault(effective, "");
        if (token.Length == 0)
        {
            throw NotConnected(effective);
        }

        options.ClientId = settings.ClientId;
        options.ClientSecret = connection.Secrets.ClientSecret;
        options.RefreshToken = token;
        return (effective, options);
    }

    /// <summary>Whether the connection can act for <paramref name="account"/> without calling Google (a service account: always).</summary>
    public static bool Holds(GoogleConnectionSettings settings, string account) =>
        settings.CredentialType != GoogleCredentialTypes.RefreshToken || Accounts(settings).Contains(account.Length > 0 ? account : DefaultAccount(settings), StringComparer.Ordinal);

    /// <summary>The refusal for an account without a refresh token.</summary>
    public static PreconditionFailedException NotConnected(string account) => new(
        account.Length == 0
            ? "The Google connection holds no default refresh token; name the account (google_account) or store a token with SetConnection."
            : $"The Google connection holds no refresh token for {account}; store that account's token with SetConnection (google.account = {account}) or use a service account.",
        ErrorReasons.GoogleAccountNotConnected,
        new Dictionary<string, string> { ["google_account"] = account });
}
