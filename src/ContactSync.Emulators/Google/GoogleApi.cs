using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Quotas;

namespace ContactSync.Emulators.Google;

/// <summary>HTTP surface of the People v1 emulator (<c>/v1/...</c>) and the Google token endpoint (<c>/token</c>).</summary>
internal sealed partial class GoogleApi(GoogleEmulatorState state, AccessTokenStore tokens, QuotaTracker quota, int perMinuteQuota, QuotaBook quotas, GoogleAuthSettings auth)
{
    private const string ContactsScope = "https://www.googleapis.com/auth/contacts";
    private const string FieldsDoc = "Valid paths are documented at https://developers.google.com/people/api/rest/v1/people.connections/list.";

    public async Task TokenAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var form = ctx.Request.HasFormContentType ? await ctx.Request.ReadFormAsync(cancellationToken) : null;
        string P(string k) => form?[k].ToString() is { Length: > 0 } v ? v : ctx.Request.Query[k].ToString();
        var grantType = P("grant_type");
        (int Status, JsonObject Body) result;
        if (grantType == "urn:ietf:params:oauth:grant-type:jwt-bearer")
        {
            result = JwtGrant(P("assertion"));
        }
        else if (grantType == "refresh_token")
        {
            result = P("client_id") != auth.ClientId || P("client_secret") != auth.ClientSecret
                ? (401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "The OAuth client was not found." })
                : (P("refresh_token") == auth.UserRefreshToken ? auth.ImpersonatedUser : state.AccountOfRefreshToken(P("refresh_token"))) is not { } account
                    ? (400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Token has been expired or revoked." })
                    : (200, TokenResponse(account));
        }
        else
        {
            result = (400, new JsonObject { ["error"] = "unsupported_grant_type", ["error_description"] = "Invalid grant_type: " + grantType });
        }

        await Json.WriteAsync(ctx, result.Status, result.Body, cancellationToken);
    }

    private (int, JsonObject) JwtGrant(string assertion)
    {
        static byte[] B64(string s) => Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
        var invalid = (400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Invalid JWT Signature." });
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return invalid;
        }

        JsonNode? payload;
        try
        {
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!auth.ServiceAccountKey.VerifyData(signed, B64(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return invalid;
            }

            payload = JsonNode.Parse(B64(parts[1]));
        }
        catch (FormatException)
        {
            return invalid;
        }
        catch (System.Text.Json.JsonException)
        {
            return invalid;
        }

        var iss = payload?["iss"].Str();
        var aud = payload?["aud"].Str();
        var scope = payload?["scope"].Str() ?? string.Empty;
        var sub = payload?["sub"].Str();
        var iat = payload?["iat"]?.GetValue<long>() ?? 0;
        var exp = payload?["exp"]?.GetValue<long>() ?? 0;
        if (iss != auth.ServiceAccountEmail)
        {
            return (401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "The OAuth client was not found." });
        }

        // The JWT is signed with the client's real clock, the emulator may run on a fake clock: check only the shape of iat/exp.
        if (aud is null || !aud.EndsWith("/token", StringComparison.Ordinal) || exp <= iat || exp - iat > 3600)
        {
            return (400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim." });
        }

        if (!scope.Split(' ').Any(s => s.StartsWith(ContactsScope, StringComparison.Ordinal)))
        {
            return (400, new JsonObject { ["error"] = "invalid_scope", ["error_description"] = "Invalid OAuth scope or ID token audience provided." });
        }

        if (sub is not null && !sub.EndsWith("@" + auth.ImpersonatedUser.Split('@')[1], StringComparison.OrdinalIgnoreCase))
        {
            return (401, new JsonObject { ["error"] = "unauthorized_client", ["error_description"] = "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested." });
        }

        // Without "sub" a service account works on its own (invisible) contact list, as Google does.
        return (200, TokenResponse(sub ?? auth.ServiceAccountEmail));
    }

    private JsonObject TokenResponse(string principal) => new()
    {
        ["access_token"] = tokens.Issue("google", principal, "ya29."),
        ["expires_in"] = (int)tokens.Lifetime.TotalSeconds - 1,
        ["scope"] = ContactsScope,
        ["token_type"] = "Bearer",
    };

    public async Task HandleAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : ctx.Request.Query["access_token"].ToString();
        if (token.Length == 0)
        {
            await Json.WriteAsync(ctx, 401, GoogleErrors.Error(401, "UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", "CREDENTIALS_MISSING"), cancellationToken);
            return;
        }

        var grant = tokens.Validate("google", token, out var expired);
        if (grant is null)
        {
            await Json.WriteAsync(ctx, 401, GoogleErrors.Error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", expired ? "ACCESS_TOKEN_EXPIRED" : "ACCESS_TOKEN_TYPE_UNSUPPORTED"), cancellationToken);
            return;
        }

        if (quota.Hit("google:" + grant.Principal, perMinuteQuota) > 0)
        {
            await Json.WriteAsync(ctx, 429, GoogleErrors.Error(429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Critical read requests (Contact and Profile Reads)' and limit 'Critical read requests (Contact and Profile Reads) per minute per user' of service 'people.googleapis.com' for consumer 'project_number:1045792390551'.", "RATE_LIMIT_EXCEEDED"), cancellationToken);
            return;
        }

        var body = ctx.Request.Method is "POST" or "PATCH" or "PUT" ? await Json.ReadAsync(ctx, cancellationToken) : null;
        var rest = ctx.Request.Path.Value!["/v1/".Length..];
        var method = ctx.Request.Method;
        var q = ctx.Request.Query;
        if (quotas.Google.Admit(grant.Principal, method, rest, q, body) is { } refusal)
        {
            await Json.WriteAsync(ctx, 429, refusal, cancellationToken);
            return;
        }

        (int Status, JsonNode Body) response;
        lock (state.Sync)
        {
            var a = state.Account(grant.Principal);
            response = (method, rest) switch
            {
                ("GET", "people/me/connections") => ListConnections(a, q),
                ("GET", "people:batchGet") => BatchGet(a, q),
                ("POST", "people:createContact") => CreateContact(a, q, body),
                ("POST", "people:batchCreateContacts") => BatchCreate(a, body),
                ("POST", "people:batchUpdateContacts") => BatchUpdate(a, body),
                ("POST", "people:batchDeleteContacts") => BatchDelete(a, body),
                ("GET", "contactGroups") => ListGroups(a, q),
                ("POST", "contactGroups") => CreateGroup(a, body),
                ("GET", _) when rest.StartsWith("people/", StringComparison.Ordinal) && !rest.Contains(':', StringComparison.Ordinal) => GetPerson(a, rest, q),
                ("PATCH", _) when rest.StartsWith("people/", StringComparison.Ordinal) && rest.EndsWith(":updateContact", StringComparison.Ordinal) => UpdateContact(a, rest[..^":updateContact".Length], q, body),
                ("DELETE", _) when rest.StartsWith("people/", StringComparison.Ordinal) && rest.EndsWith(":deleteContact", StringComparison.Ordinal) => DeleteContact(a, rest[..^":deleteContact".Length]),
                ("GET", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) => GetGroup(a, rest, q),
                ("PUT", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) => UpdateGroup(a, rest, body),
                ("DELETE", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) => DeleteGroup(a, rest, q),
                ("POST", _) when rest.StartsWith("contactGroups/", StringComparison.Ordinal) && rest.EndsWith("/members:modify", StringComparison.Ordinal) => ModifyMembers(a, rest[..^"/members:modify".Length], body),
                _ => (404, GoogleErrors.Error(404, "NOT_FOUND", $"The requested URL /v1/{rest} was not found on this server.")),
            };
        }

        await Json.WriteAsync(ctx, response.Status, response.Body, cancellationToken);
    }

    private (int, JsonNode) LimitRefusal()
    {
        var refusal = state.ContactLimitRefusal;
        return (refusal.HttpStatus, GoogleErrors.Error(refusal.HttpStatus, refusal.Status, refusal.Message, refusal.Reason));
    }

    private static JsonObject? ReadMask(string? text, string param, out List<string> mask)
    {
        if (string.IsNullOrEmpty(text))
        {
            mask = [];
            return GoogleErrors.BadRequest($"{param} mask is required. Please specify one or more valid paths. " + FieldsDoc, param);
        }

        var bad = PersonJson.ParseMask(text, PersonJson.ReadPaths, out mask);
        return bad is null ? null : GoogleErrors.BadRequest($"Invalid {param} mask path: \"{bad}\". " + FieldsDoc, param);
    }

    private static long Hash(string s)
    {
        var h = 1469598103934665603UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (long)(h & 0x7FFFFFFFFFFFFFFF);
    }
}
