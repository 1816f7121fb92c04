using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Zoho Accounts' authorization-code flow (zoho-crm-api.md §7: grant-code exchange with <c>grant_type=authorization_code</c>,
/// <c>code</c>, <c>redirect_uri</c>): <c>GET /oauth/v2/auth</c> shows a sign-in page (the emulator's stand-in for the
/// Zoho login: one button per seeded CRM user), <c>POST /oauth/v2/auth</c> redirects to <c>redirect_uri</c> with
/// <c>code</c>, <c>state</c>, <c>location</c> and <c>accounts-server</c>; the token endpoint exchanges a code once.
/// Where the reference is silent these are settings of this class: codes live <see cref="CodeLifetime"/> (2 minutes)
/// and redirect URIs are checked only against <see cref="AllowedRedirectUris"/> when it is set (real Zoho accepts only
/// the client's registered ones; the emulator has no client registration); any exchange attempt spends the code, a
/// failed one too.
/// </summary>
internal sealed class ZohoAuthorization(ZohoEmulatorState state, AccessTokenStore tokens, TimeProvider time, string clientId, string clientSecret)
{
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);

    /// <summary>How long a grant code can be exchanged (a setting: the reference does not state it).</summary>
    public TimeSpan CodeLifetime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The registered redirect URIs of the client; null accepts any absolute URI.</summary>
    public IReadOnlyCollection<string>? AllowedRedirectUris { get; init; }

    /// <summary><c>GET /oauth/v2/auth</c>: the sign-in page.</summary>
    public async Task ShowAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var q = ctx.Request.Query;
        if (q["client_id"] != clientId || q["response_type"] != "code" || string.IsNullOrEmpty(q["redirect_uri"])
            || (AllowedRedirectUris is not null && !AllowedRedirectUris.Contains(q["redirect_uri"].ToString())))
        {
            ctx.Response.StatusCode = 400;
            await ctx.Response.WriteAsync("Invalid Client: the client_id, response_type=code or redirect_uri is missing or wrong.", cancellationToken);
            return;
        }

        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Zoho Accounts (emulator)</title></head><body>");
        html.Append("<h1>Zoho Accounts (emulator)</h1><p>Sign in to allow access to ").Append(Encode(q["scope"])).Append(".</p>");
        foreach (var user in state.Users)
        {
            html.Append("<form method=\"post\" action=\"/oauth/v2/auth\">");
            foreach (var name in new[] { "client_id", "redirect_uri", "state", "scope" })
            {
                html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{name}\" value=\"{Encode(q[name])}\">");
            }

            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"user_id\" value=\"{user.Id}\">");
            html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">Sign in as {Encode(user.FullName)} ({Encode(user.Email)})</button></form>");
        }

        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(html.Append("</body></html>").ToString(), cancellationToken);
    }

    /// <summary><c>POST /oauth/v2/auth</c>: the user signed in; redirect with a grant code.</summary>
    public async Task ApproveAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var form = await ctx.Request.ReadFormAsync(cancellationToken);
        var redirect = form["redirect_uri"].ToString();
        if (form["client_id"] != clientId || !long.TryParse(form["user_id"], CultureInfo.InvariantCulture, out var userId)
            || state.UserById(userId) is null || !Uri.TryCreate(redirect, UriKind.Absolute, out _)
            || (AllowedRedirectUris is not null && !AllowedRedirectUris.Contains(redirect)))
        {
            ctx.Response.StatusCode = 400;
            await ctx.Response.WriteAsync("Invalid request.", cancellationToken);
            return;
        }

        var code = "1000." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(userId.ToString(CultureInfo.InvariantCulture), redirect, time.GetUtcNow() + CodeLifetime);
        var server = $"{ctx.Request.Scheme}://{ctx.Request.Host}";
        var separator = redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        ctx.Response.Redirect($"{redirect}{separator}state={WebUtility.UrlEncode(form["state"])}&code={WebUtility.UrlEncode(code)}"
            + $"&location=us&accounts-server={WebUtility.UrlEncode(server)}");
    }

    /// <summary>Answers the token request when it is an authorization_code grant; false for other grants.</summary>
    public async Task<bool> TryTokenAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        var p = ctx.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (ctx.Request.HasFormContentType)
        {
            foreach (var f in await ctx.Request.ReadFormAsync(cancellationToken))
            {
                p[f.Key] = f.Value.ToString();
            }
        }

        if (p.GetValueOrDefault("grant_type") != "authorization_code")
        {
            return false;
        }

        JsonObject result;
        if (p.GetValueOrDefault("client_id") != clientId || p.GetValueOrDefault("client_secret") != clientSecret)
        {
            result = new JsonObject { ["error"] = "invalid_client" };
        }
        else if (!_codes.TryRemove(p.GetValueOrDefault("code") ?? "", out var grant) || grant.ExpiresAt <= time.GetUtcNow()
            || grant.RedirectUri != p.GetValueOrDefault("redirect_uri"))
        {
            result = new JsonObject { ["error"] = "invalid_code" };
        }
        else
        {
            result = new JsonObject
            {
                ["access_token"] = tokens.Issue("zoho", grant.UserId, "1000."),
                ["scope"] = "ZohoCRM.users.READ",
                ["api_domain"] = $"{ctx.Request.Scheme}://{ctx.Request.Host}",
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
            };
        }

        // Like the refresh grant: HTTP 200 with an "error" member instead of "access_token".
        await Json.WriteAsync(ctx, 200, result, cancellationToken);
        return true;
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private sealed record Grant(string UserId, string RedirectUri, DateTimeOffset ExpiresAt);
}
