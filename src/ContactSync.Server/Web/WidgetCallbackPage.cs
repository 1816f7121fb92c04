using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContactSync.Server.Web;

/// <summary>
/// The page the sign-in popup ends on: a JSON block (encoded so it cannot close the script element) and the static
/// <c>widget-callback.js</c>, which posts it to <c>window.opener</c> at the widget's origin and closes the popup.
/// </summary>
internal static class WidgetCallbackPage
{
    private static readonly JsonSerializerOptions MessageJson = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>A successful sign-in.</summary>
    /// <param name="Ticket">The ticket.</param>
    /// <param name="Identity">Whom it stands for.</param>
    public sealed record Success(string Ticket, WidgetIdentity Identity);

    /// <summary>Renders the page for a ticket or an error.</summary>
    public static IResult Render(string origin, Success? success, string? error)
    {
        var message = new Dictionary<string, object?>
        {
            ["type"] = "contactsync.widget-ticket",
            ["origin"] = origin,
            ["ticket"] = success?.Ticket,
            ["crmUserId"] = success?.Identity.CrmUserId,
            ["name"] = success?.Identity.DisplayName,
            ["email"] = success?.Identity.Email,
            ["expiresAt"] = success?.Identity.ExpiresAt.ToUnixTimeMilliseconds(),
            ["error"] = error,
        };
        var json = JsonSerializer.Serialize(message, MessageJson);
        var text = error is null ? "Signed in. This window closes by itself." : "Sign-in failed: " + HtmlEncoder.Default.Encode(error);
        var html = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>ContactSync sign-in</title></head>
            <body><p id="status">{text}</p>
            <script type="application/json" id="contactsync-result">{json}</script>
            <script src="/widget-callback.js"></script></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
