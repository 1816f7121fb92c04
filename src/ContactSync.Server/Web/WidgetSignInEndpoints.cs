using System.Security.Cryptography;
using System.Text.Json;
using ContactSync.Server.Errors;
using ContactSync.Server.Connections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Web;

/// <summary>
/// The widget's sign-in with Zoho (README "The Zoho CRM widget"): <c>GET /widget/signin?origin=…</c> sends the popup to
/// Zoho Accounts; <c>GET /widget/callback</c> confirms the user with Zoho and answers a page that posts a signed ticket
/// to the widget's window (only to the origin the sign-in started from, which must be allowed).
/// </summary>
internal static class WidgetSignInEndpoints
{
    private const string StatePurpose = "ContactSync.Web.WidgetSignInState.v1";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Maps the two endpoints.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet("/widget/signin", SignInAsync);
        app.MapGet("/widget/callback", CallbackAsync);
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, ConnectionStore store, IDataProtectionProvider protection, TimeProvider time, IOptions<WebSettings> settings, string? origin)
    {
        var ownOrigin = OwnOrigin(http, settings.Value);
        var target = string.IsNullOrEmpty(origin) ? ownOrigin : origin.TrimEnd('/');
        if (!string.Equals(target, ownOrigin, StringComparison.OrdinalIgnoreCase)
            && !settings.Value.AllowedOrigins.Any(o => string.Equals(o.TrimEnd('/'), target, StringComparison.OrdinalIgnoreCase)))
        {
            return Results.BadRequest($"The origin '{target}' is not in ContactSync:Web:AllowedOrigins.");
        }

        var connection = await store.GetZohoAsync(http.RequestAborted);
        if (connection is null)
        {
            return WidgetCallbackPage.Render(target, null, "The Zoho connection is not configured on the server yet; ask an administrator.");
        }

        var redirectUri = ownOrigin + "/widget/callback";
        var state = new WidgetSignInState(target, redirectUri, (time.GetUtcNow() + StateLifetime).ToUnixTimeSeconds(),
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var protectedState = protection.CreateProtector(StatePurpose).Protect(JsonSerializer.Serialize(state));
        var accounts = ConnectionDescriber.ToOptions(connection.Settings).EffectiveAccountsUrl;
        var url = $"{accounts}/oauth/v2/auth?scope={Uri.EscapeDataString(ZohoUserVerifier.Scope)}"
            + $"&client_id={Uri.EscapeDataString(connection.Settings.ClientId)}&response_type=code&access_type=online"
            + $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&state={Uri.EscapeDataString(protectedState)}";
        return Results.Redirect(url);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http, ConnectionStore store, ZohoUserVerifier verifier, WidgetTicketService tickets, IDataProtectionProvider protection,
        TimeProvider time, ILogger<WidgetTicketService> logger, string? code, string? state, string? error)
    {
        WidgetSignInState? signIn;
        try
        {
            signIn = state is null ? null : JsonSerializer.Deserialize<WidgetSignInState>(protection.CreateProtector(StatePurpose).Unprotect(state));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            signIn = null;
        }

        if (signIn is null || time.GetUtcNow().ToUnixTimeSeconds() > signIn.ExpiresAt)
        {
            WebLog.WidgetSignInFailed(logger, "missing, altered or expired state");
            return Results.BadRequest("This sign-in link is not valid any more: start the sign-in again from the widget.");
        }

        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            WebLog.WidgetSignInFailed(logger, "Zoho answered " + (error ?? "no code"));
            return WidgetCallbackPage.Render(signIn.Origin, null, $"Zoho did not confirm the sign-in ({error ?? "no code"}).");
        }

        try
        {
            var connection = await store.GetZohoAsync(http.RequestAborted)
                ?? throw new WidgetSignInException("The Zoho connection is not configured on the server.");
            var user = await verifier.VerifyAsync(connection, code, signIn.RedirectUri, http.RequestAborted);
            var (ticket, identity) = tickets.Issue(user.Id, user.FullName ?? "", user.Email ?? "");
            return WidgetCallbackPage.Render(signIn.Origin, new WidgetCallbackPage.Success(ticket, identity), null);
        }
        catch (Exception e) when (e is WidgetSignInException or PreconditionFailedException or Zoho.ZohoApiException or HttpRequestException)
        {
            WebLog.WidgetSignInFailed(logger, e.Message);
            return WidgetCallbackPage.Render(signIn.Origin, null, e.Message);
        }
    }

    private static string OwnOrigin(HttpContext http, WebSettings settings) =>
        settings.PublicUrl.Length > 0 ? settings.PublicUrl.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
}
