using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Quotas;

namespace ContactSync.Emulators.Zoho;

/// <summary>HTTP surface of the Zoho CRM v8 emulator (<c>/crm/v8/...</c>) and its accounts token endpoint.</summary>
internal sealed partial class ZohoApi(ZohoEmulatorState state, AccessTokenStore tokens, QuotaTracker quota, int perMinuteQuota, QuotaBook quotas, string clientId, string clientSecret, string? apiDomain, ZohoWatchApi watch)
{
    private const int MaxPerPage = 200;
    private const int DiscreteLimit = 2000;
    private const int TokenLimit = 100_000;

    /// <summary><c>POST /oauth/v2/token</c> (form or query parameters), refresh_token grant.</summary>
    public async Task TokenAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var p = ctx.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (ctx.Request.HasFormContentType)
        {
            var form = await ctx.Request.ReadFormAsync(cancellationToken);
            foreach (var f in form)
            {
                p[f.Key] = f.Value.ToString();
            }
        }

        JsonObject result;
        if (p.GetValueOrDefault("grant_type") != "refresh_token")
        {
            result = new JsonObject { ["error"] = "unsupported_grant_type" };
        }
        else if (p.GetValueOrDefault("client_id") != clientId || p.GetValueOrDefault("client_secret") != clientSecret)
        {
            result = new JsonObject { ["error"] = "invalid_client" };
        }
        else if (state.Users.FirstOrDefault(u => u.RefreshToken == p.GetValueOrDefault("refresh_token")) is not { } user)
        {
            result = new JsonObject { ["error"] = "invalid_code" };
        }
        else
        {
            result = new JsonObject
            {
                ["access_token"] = tokens.Issue("zoho", user.Id.ToString(CultureInfo.InvariantCulture), "1000."),
                ["scope"] = "ZohoCRM.modules.ALL ZohoCRM.settings.ALL ZohoCRM.users.READ ZohoSearch.securesearch.READ ZohoCRM.notifications.ALL",
                // The API domain of the org's data centre (reference §4); by default where this emulator's API really is.
                ["api_domain"] = apiDomain ?? $"{ctx.Request.Scheme}://{ctx.Request.Host}",
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
            };
        }

        // Zoho answers token errors with HTTP 200 and an "error" member instead of "access_token".
        await Json.WriteAsync(ctx, 200, result, cancellationToken);
    }

    /// <summary>Dispatches every <c>/crm/v8/...</c> request.</summary>
    public async Task HandleAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var auth = ctx.Request.Headers.Authorization.ToString();
        const string prefix = "Zoho-oauthtoken ";
        if (!auth.StartsWith(prefix, StringComparison.Ordinal))
        {
            await Json.WriteAsync(ctx, 401, ZohoErrors.Error("AUTHENTICATION_FAILURE", "Authentication failed"), cancellationToken);
            return;
        }

        var grant = tokens.Validate("zoho", auth[prefix.Length..].Trim(), out _);
        if (grant is null || state.UserById(long.Parse(grant.Principal, CultureInfo.InvariantCulture)) is not { } user)
        {
            await Json.WriteAsync(ctx, 401, ZohoErrors.InvalidToken(), cancellationToken);
            return;
        }

        var wait = quota.Hit("zoho:" + grant.Principal, perMinuteQuota);
        if (wait > 0)
        {
            ctx.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            await Json.WriteAsync(ctx, 429, ZohoErrors.Error("TOO_MANY_REQUESTS", "Number of API requests for the 24 hour period is exceeded or the concurrency limit of the user for the app is exceeded"), cancellationToken);
            return;
        }

        var segments = ctx.Request.Path.Value!["/crm/v8/".Length..].Trim('/').Split('/');
        var method = ctx.Request.Method;
        var body = method is "POST" or "PUT" or "PATCH" ? await Json.ReadAsync(ctx, cancellationToken) : null;
        using var admission = quotas.Zoho.Admit(method, segments, ctx.Request.Query, QuotaBook.RecordsOf(body));
        if (admission.CreditsRemaining is { } remaining)
        {
            ctx.Response.Headers["X-API-CREDITS-REMAINING"] = remaining.ToString(CultureInfo.InvariantCulture);
        }

        if (admission.Refusal is { } refusal)
        {
            await Json.WriteAsync(ctx, 429, refusal, cancellationToken);
            return;
        }

        using var changes = state.Changes.Collect();
        var response = Route(ctx, user, segments, method, body);
        changes.Publish();
        await Json.WriteAsync(ctx, response.Status, response.Body, cancellationToken);
    }

    private (int Status, JsonNode? Body) Route(HttpContext ctx, ZohoUser user, string[] segments, string method, JsonNode? body)
    {
        if (segments is ["actions", "watch"])
        {
            return watch.Handle(ctx, user, body);
        }

        if (segments is ["coql"])
        {
            return method == "POST" ? Coql(user, body) : (405, ZohoErrors.Error("INVALID_REQUEST_METHOD", "The http request method type is not a valid one"));
        }

        if (segments[0] == "settings" || segments[0] == "users")
        {
            return HandleSettings(ctx, user, segments, method);
        }

        if (segments[0] != "Contacts")
        {
            return segments[0].Length > 0 && char.IsUpper(segments[0][0])
                ? (400, ZohoErrors.Error("INVALID_MODULE", "the module name given seems to be invalid", new JsonObject { ["resource_path_index"] = 0 }))
                : (404, ZohoErrors.Error("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one"));
        }

        return (segments.Length, method) switch
        {
            (1, "GET") => List(ctx, user),
            (1, "POST") => Write(user, body, WriteKind.Insert, null),
            (1, "PUT") => Write(user, body, WriteKind.Update, null),
            (1, "DELETE") => DeleteMany(ctx, user),
            (2, "POST") when segments[1] == "upsert" => Write(user, body, WriteKind.Upsert, null),
            (2, "GET") when segments[1] == "deleted" => ListDeleted(ctx, user),
            (2, "GET") when segments[1] == "search" => Search(ctx, user),
            (2, "GET") when ZohoEmulatorState.TryParseId(segments[1], out _) => GetOne(ctx, user, segments[1]),
            (2, "PUT") when ZohoEmulatorState.TryParseId(segments[1], out _) => Write(user, body, WriteKind.Update, segments[1]),
            (2, "DELETE") when ZohoEmulatorState.TryParseId(segments[1], out _) => DeleteIds(user, [segments[1]]),
            (3, "POST") when segments[1] == "actions" && segments[2] == "add_tags" => AddTags(ctx, user, body),
            (3, "GET") when segments[1] == "actions" && segments[2] == "count" => Count(ctx, user),
            _ => (404, ZohoErrors.Error("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")),
        };
    }

    private (int, JsonNode?) HandleSettings(HttpContext ctx, ZohoUser user, string[] segments, string method)
    {
        if (method != "GET")
        {
            return (405, ZohoErrors.Error("INVALID_REQUEST_METHOD", "The http request method type is not a valid one"));
        }

        var path = string.Join('/', segments);
        var module = ctx.Request.Query["module"].ToString();
        if (path.StartsWith("settings/fields", StringComparison.Ordinal) || path.StartsWith("settings/custom_views", StringComparison.Ordinal))
        {
            if (module.Length == 0)
            {
                return (400, ZohoErrors.RequiredParam("module"));
            }

            if (module != "Contacts")
            {
                return (400, ZohoErrors.Error("INVALID_MODULE", "the module name given seems to be invalid", new JsonObject { ["param_name"] = "module" }));
            }
        }

        return segments switch
        {
            ["settings", "fields"] => (200, new JsonObject { ["fields"] = new JsonArray(state.Fields.All.Select(f => (JsonNode?)ZohoMetadata.Field(f)).ToArray()) }),
            ["settings", "custom_views"] => (200, ZohoMetadata.Views(state)),
            ["settings", "custom_views", var id] => state.Views.FirstOrDefault(v => v.Id.ToString(CultureInfo.InvariantCulture) == id) is { } v
                ? (200, new JsonObject { ["custom_views"] = new JsonArray(ZohoMetadata.View(state, v, true)) })
                : (400, ZohoErrors.Error("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["resource_path_index"] = 2 })),
            ["users"] => ZohoMetadata.Users(state, user, ctx.Request.Query["type"].ToString()),
            ["users", var id] => state.Users.FirstOrDefault(u => u.Id.ToString(CultureInfo.InvariantCulture) == id) is { } u
                ? (200, new JsonObject { ["users"] = new JsonArray(ZohoMetadata.User(state, u)) })
                : (400, ZohoErrors.Error("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["resource_path_index"] = 1 })),
            ["settings", "roles"] => (200, new JsonObject { ["roles"] = new JsonArray(state.Roles.Select(r => (JsonNode?)Role(state, r)).ToArray()) }),
            ["settings", "profiles"] => (200, new JsonObject { ["profiles"] = new JsonArray(state.Profiles.Select(p => (JsonNode?)ZohoMetadata.Profile(state, p, false)).ToArray()) }),
            ["settings", "profiles", var id] => state.Profiles.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == id) is { } p
                ? (200, new JsonObject { ["profiles"] = new JsonArray(ZohoMetadata.Profile(state, p, true)) })
                : (400, ZohoErrors.Error("INVALID_DATA", "the id given seems to be invalid", new JsonObject { ["resource_path_index"] = 2 })),
            _ => (404, ZohoErrors.Error("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")),
        };
    }

    /// <summary>A role as <c>GET /settings/roles</c> returns it (roles.json): id, name, display_label, reporting_to, share_with_peers.</summary>
    private static JsonObject Role(ZohoEmulatorState state, ZohoRole role)
    {
        var superior = role.ReportsTo is { } up ? state.Roles.FirstOrDefault(r => r.Id == up) : null;
        return new JsonObject
        {
            ["id"] = role.Id.ToString(CultureInfo.InvariantCulture),
            ["name"] = role.Name,
            ["display_label"] = role.Name,
            ["reporting_to"] = superior is null ? null : new JsonObject { ["id"] = superior.Id.ToString(CultureInfo.InvariantCulture), ["name"] = superior.Name },
            ["share_with_peers"] = false,
        };
    }
}
