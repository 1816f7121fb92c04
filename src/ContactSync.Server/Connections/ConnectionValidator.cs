using System.Security.Cryptography;
using System.Text.Json;
using ContactSync.Core.Plans;
using ContactSync.Zoho;

namespace ContactSync.Server.Connections;

/// <summary>
/// Checks SetConnection input and reports every invalid field (paths like <c>zoho.refresh_token</c>,
/// <c>google.service_account_json</c>). Descriptions never quote a secret.
/// </summary>
internal static class ConnectionValidator
{
    /// <summary>The normalized Zoho connection, or <see cref="ValidationFailedException"/>.</summary>
    public static (ZohoConnectionSettings Settings, ZohoConnectionSecrets Secrets) ValidateZoho(ZohoConnectionSettings settings, ZohoConnectionSecrets secrets)
    {
        var violations = new List<FieldViolation>();
        var dataCenter = settings.DataCenter.Trim().ToLowerInvariant();
        var accountsUrl = CheckUrl(settings.AccountsUrl, "zoho.accounts_url", violations);
        var apiUrl = CheckUrl(settings.ApiUrl, "zoho.api_url", violations);
        if (dataCenter.Length > 0 && !ZohoDataCenters.Codes.Contains(dataCenter, StringComparer.Ordinal))
        {
            violations.Add(new FieldViolation("zoho.data_center", $"Unknown Zoho data centre '{settings.DataCenter.Trim()}'; use one of {string.Join(", ", ZohoDataCenters.Codes)}."));
        }
        else if (dataCenter.Length == 0 && (settings.AccountsUrl.Trim().Length == 0 || settings.ApiUrl.Trim().Length == 0))
        {
            violations.Add(new FieldViolation("zoho.data_center", $"Choose the Zoho data centre ({string.Join(", ", ZohoDataCenters.Codes)}) unless both accounts_url and api_url are set."));
        }

        var clientId = Required(settings.ClientId, "zoho.client_id", "The OAuth client id is required.", violations);
        var clientSecret = Required(secrets.ClientSecret, "zoho.client_secret", "The OAuth client secret is required.", violations);
        var refreshToken = Required(secrets.RefreshToken, "zoho.refresh_token", "The OAuth refresh token is required.", violations);
        Throw(violations);
        return (new ZohoConnectionSettings(dataCenter, accountsUrl, apiUrl, clientId), new ZohoConnectionSecrets(clientSecret, refreshToken));
    }

    /// <summary>
    /// The normalized Google connection (service account email and token_uri read from the key; a refresh token as the
    /// credential of its account, <c>settings.Accounts[0]</c>), or <see cref="ValidationFailedException"/>.
    /// </summary>
    public static (GoogleConnectionSettings Settings, GoogleConnectionSecrets Secrets) ValidateGoogle(GoogleConnectionSettings settings, GoogleConnectionSecrets secrets)
    {
        var violations = new List<FieldViolation>();
        var account = PlanValidator.NormalizeAccount(settings.Accounts is { Count: > 0 } given ? given[0] : "");
        if (PlanValidator.AccountProblem(account) is { } accountProblem)
        {
            violations.Add(new FieldViolation("google.account", accountProblem));
        }

        var tokenUrl = CheckUrl(settings.TokenUrl, "google.token_url", violations);
        var apiUrl = CheckUrl(settings.ApiUrl, "google.api_url", violations);
        GoogleConnectionSettings normalized;
        GoogleConnectionSecrets normalizedSecrets;
        switch (settings.CredentialType)
        {
            case GoogleCredentialTypes.ServiceAccount:
                var (email, tokenUri) = ReadServiceAccountKey(secrets.ServiceAccountJson, violations);
                var user = settings.ImpersonatedUser.Trim();
                if (user.Length == 0)
                {
                    violations.Add(new FieldViolation("google.impersonated_user", "A service account needs the Workspace user to impersonate (domain-wide delegation)."));
                }
                else if (!user.Contains('@', StringComparison.Ordinal))
                {
                    violations.Add(new FieldViolation("google.impersonated_user", "The impersonated user must be an email address."));
                }

                if (account.Length > 0)
                {
                    violations.Add(new FieldViolation("google.account", "A service account acts for any account of its domain (each plan names its google_account); leave account empty."));
                }

                normalized = new GoogleConnectionSettings(GoogleCredentialTypes.ServiceAccount, user, "", tokenUrl, apiUrl, email, tokenUri);
                normalizedSecrets = new GoogleConnectionSecrets(secrets.ServiceAccountJson.Trim(), "", "");
                break;
            case GoogleCredentialTypes.RefreshToken:
                var refreshToken = Required(secrets.RefreshToken, "google.refresh_token", "The refresh token is required.", violations);
                var clientId = Required(settings.ClientId, "google.client_id", "A refresh token needs the OAuth client id.", violations);
                var clientSecret = Required(secrets.ClientSecret, "google.client_secret", "A refresh token needs the OAuth client secret.", violations);
                normalized = new GoogleConnectionSettings(GoogleCredentialTypes.RefreshToken, "", clientId, tokenUrl, apiUrl, "", "");
                normalizedSecrets = new GoogleConnectionSecrets("", refreshToken, clientSecret);
                break;
            default:
                violations.Add(new FieldViolation("google.credential", "Give service_account_json (with impersonated_user) or refresh_token (with client_id and client_secret)."));
                normalized = settings;
                normalizedSecrets = secrets;
                break;
        }

        Throw(violations);
        return GoogleCredentials.ForAccount(normalized, normalizedSecrets, account);
    }

    private static (string Email, string TokenUri) ReadServiceAccountKey(string json, List<FieldViolation> violations)
    {
        const string field = "google.service_account_json";
        if (json.Trim().Length == 0)
        {
            violations.Add(new FieldViolation(field, "The service account key (the JSON file's content) is required."));
            return ("", "");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // The parser's message may quote the input: never echo it.
            violations.Add(new FieldViolation(field, "The service account key is not valid JSON."));
            return ("", "");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            violations.Add(new FieldViolation(field, "The service account key must be a JSON object."));
            return ("", "");
        }

        var type = ReadString(root, "type");
        if (type.Length > 0 && type != "service_account")
        {
            violations.Add(new FieldViolation(field, $"The key's type is '{type}', not 'service_account'."));
        }

        var email = ReadString(root, "client_email");
        if (email.Length == 0)
        {
            violations.Add(new FieldViolation(field, "The service account key has no client_email."));
        }

        var privateKey = ReadString(root, "private_key");
        if (privateKey.Length == 0)
        {
            violations.Add(new FieldViolation(field, "The service account key has no private_key."));
        }
        else if (!IsRsaPem(privateKey))
        {
            violations.Add(new FieldViolation(field, "The service account key's private_key is not a PEM-encoded RSA key."));
        }

        return (email, ReadString(root, "token_uri"));
    }

    private static bool IsRsaPem(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    private static string ReadString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    private static string Required(string value, string field, string description, List<FieldViolation> violations)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            violations.Add(new FieldViolation(field, description));
        }

        return trimmed;
    }

    private static string CheckUrl(string value, string field, List<FieldViolation> violations)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        if (!(Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            violations.Add(new FieldViolation(field, "Give an absolute http or https URL."));
        }
        else if (uri.UserInfo.Length > 0)
        {
            // A user name or password in a URL would be stored and shown like the rest of the URL: never accept it.
            violations.Add(new FieldViolation(field, "The URL must not contain a user name or password (user@ or user:password@); credentials go in their own write-only fields."));
        }

        return trimmed;
    }

    private static void Throw(List<FieldViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations);
        }
    }
}
