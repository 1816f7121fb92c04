using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Control;

/// <summary>
/// <c>/_emulator/google/limits</c>: read (GET) or change (POST <c>{"contactLimit":25000}</c>, 0 = no limit) the contacts one
/// Google account may hold, at run time (the start-up value is <see cref="EmulatorOptions.GoogleContactLimit"/>).
/// </summary>
internal static class GoogleLimitControlApi
{
    public static void Map(WebApplication app, EmulatorHost host)
    {
        app.MapGet("/_emulator/google/limits", async (HttpContext ctx) => await Json.WriteAsync(ctx, 200, Describe(host), ctx.RequestAborted));
        app.MapPost("/_emulator/google/limits", async (HttpContext ctx) =>
        {
            var body = await Json.ReadAsync(ctx, ctx.RequestAborted) as JsonObject;
            if (ContactLimit(body) is not { } limit)
            {
                await Json.WriteAsync(ctx, 400, new JsonObject { ["error"] = "expected {\"contactLimit\":N} with N >= 0 (0 = no limit)" }, ctx.RequestAborted);
                return;
            }

            host.Google.ContactLimit = limit;
            await Json.WriteAsync(ctx, 200, Describe(host), ctx.RequestAborted);
        });
    }

    private static int? ContactLimit(JsonObject? body)
    {
        try
        {
            return body?["contactLimit"]?.GetValue<int>() is { } limit and >= 0 ? limit : null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static JsonObject Describe(EmulatorHost host) => new() { ["contactLimit"] = host.Google.ContactLimit };
}
