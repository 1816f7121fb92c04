using System.Text;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// <c>POST /zoho/notifications</c>: Zoho's Watch callbacks. Answers 204 once the callback is recorded (its run comes
/// later), 403 to a forged one (unknown channel, wrong token), 400 to a body that is not a callback and 413 to one over
/// 1 MiB, and 429 (with Retry-After) at once, before reading anything, to an address that sent too many refused ones this
/// minute (<see cref="NotificationGate"/>). No API key: the channel's token is the credential.
/// </summary>
internal static class ZohoNotificationEndpoint
{
    public static void Map(WebApplication app) =>
        app.MapPost(WatchChannelManager.NotificationPath, async (HttpContext context, ZohoNotificationReceiver receiver, NotificationGate gate) =>
        {
            var remote = context.Connection.RemoteIpAddress?.ToString() ?? "?";
            if (gate.Throttled(remote) is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            var body = await ReadBodyAsync(context.Request, context.RequestAborted);
            if (body is null)
            {
                gate.Refused(remote);
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            if (ZohoNotification.TryParse(body) is not { } notification)
            {
                gate.Refused(remote);
                return Results.BadRequest();
            }

            var outcome = await receiver.ReceiveAsync(notification, remote, context.RequestAborted);
            return outcome == NotificationOutcome.Refused ? Results.StatusCode(StatusCodes.Status403Forbidden) : Results.NoContent();
        });

    /// <summary>The body as text, or null when it is larger than <see cref="ZohoNotification.MaxBodyBytes"/>.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > ZohoNotification.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ZohoNotification.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
