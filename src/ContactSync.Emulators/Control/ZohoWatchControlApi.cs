using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Zoho;

namespace ContactSync.Emulators.Control;

/// <summary>
/// Control of the Zoho Watch API and its notification delivery:
/// <c>GET /_emulator/zoho/watch</c> (live channels), <c>POST /_emulator/zoho/watch/expire[?channel_id=]</c> (expire one or
/// all now), <c>DELETE /_emulator/zoho/watch</c> (remove all); <c>GET /_emulator/zoho/notifications</c> (pending count,
/// faults, delivery log), <c>DELETE /_emulator/zoho/notifications</c> (forget the log);
/// <c>POST /_emulator/zoho/notifications/faults</c> with
/// <c>{"dropProbability":0.1,"lateProbability":0.2,"lateDelayMs":5000,"duplicateProbability":0.05,"seed":7}</c> (members
/// left out are 0, 30 s and 42) and <c>DELETE</c> there (no faults).
/// </summary>
internal static class ZohoWatchControlApi
{
    public static void Map(WebApplication app, EmulatorHost host)
    {
        app.MapGet("/_emulator/zoho/watch", async (HttpContext ctx) =>
            await Json.WriteAsync(ctx, 200, new JsonObject { ["channels"] = JsonSerializer.SerializeToNode(host.ZohoWatch.Channels, Json.Options) }, ctx.RequestAborted));
        app.MapPost("/_emulator/zoho/watch/expire", async (HttpContext ctx) =>
        {
            var raw = ctx.Request.Query["channel_id"].ToString();
            long? id = long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            if (raw.Length > 0 && id is null)
            {
                await Json.WriteAsync(ctx, 400, new JsonObject { ["error"] = "channel_id must be a number" }, ctx.RequestAborted);
                return;
            }

            var expired = id is { } one ? (host.ZohoWatch.Expire(one) ? 1 : 0) : host.ZohoWatch.ExpireAll();
            await Json.WriteAsync(ctx, 200, new JsonObject { ["expired"] = expired }, ctx.RequestAborted);
        });
        app.MapDelete("/_emulator/zoho/watch", async (HttpContext ctx) =>
        {
            host.ZohoWatch.RemoveAllChannels();
            await Json.WriteAsync(ctx, 200, new JsonObject(), ctx.RequestAborted);
        });
        app.MapGet("/_emulator/zoho/notifications", async (HttpContext ctx) => await Json.WriteAsync(ctx, 200, Describe(host.ZohoWatch), ctx.RequestAborted));
        app.MapDelete("/_emulator/zoho/notifications", async (HttpContext ctx) =>
        {
            host.ZohoWatch.ClearDeliveries();
            await Json.WriteAsync(ctx, 200, new JsonObject(), ctx.RequestAborted);
        });
        app.MapPost("/_emulator/zoho/notifications/faults", async (HttpContext ctx) =>
        {
            var faults = ParseFaults(await Json.ReadAsync(ctx, ctx.RequestAborted) as JsonObject);
            if (faults is null)
            {
                await Json.WriteAsync(ctx, 400, new JsonObject { ["error"] = "expected {\"dropProbability\",\"lateProbability\",\"lateDelayMs\",\"duplicateProbability\",\"seed\"}, probabilities 0..1" }, ctx.RequestAborted);
                return;
            }

            host.ZohoWatch.Faults = faults;
            await Json.WriteAsync(ctx, 200, DescribeFaults(faults), ctx.RequestAborted);
        });
        app.MapDelete("/_emulator/zoho/notifications/faults", async (HttpContext ctx) =>
        {
            host.ZohoWatch.Faults = ZohoNotificationFaults.None;
            await Json.WriteAsync(ctx, 200, DescribeFaults(ZohoNotificationFaults.None), ctx.RequestAborted);
        });
    }

    internal static ZohoNotificationFaults? ParseFaults(JsonObject? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            var faults = new ZohoNotificationFaults
            {
                DropProbability = body["dropProbability"]?.GetValue<double>() ?? 0,
                LateProbability = body["lateProbability"]?.GetValue<double>() ?? 0,
                LateDelay = TimeSpan.FromMilliseconds(body["lateDelayMs"]?.GetValue<double>() ?? 30_000),
                DuplicateProbability = body["duplicateProbability"]?.GetValue<double>() ?? 0,
                Seed = body["seed"]?.GetValue<int>() ?? ZohoNotificationFaults.None.Seed,
            };
            faults.Validate();
            return faults;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static JsonObject DescribeFaults(ZohoNotificationFaults f) => new()
    {
        ["dropProbability"] = f.DropProbability,
        ["lateProbability"] = f.LateProbability,
        ["lateDelayMs"] = f.LateDelay.TotalMilliseconds,
        ["duplicateProbability"] = f.DuplicateProbability,
        ["seed"] = f.Seed,
    };

    private static JsonObject Describe(ZohoNotifications watch) => new()
    {
        ["pending"] = watch.Pending,
        ["faults"] = DescribeFaults(watch.Faults),
        ["deliveries"] = new JsonArray(watch.Deliveries.Select(d => (JsonNode?)new JsonObject
        {
            ["channelId"] = d.ChannelId.ToString(CultureInfo.InvariantCulture),
            ["operation"] = d.Operation,
            ["ids"] = d.Ids.ToJsonArray(),
            ["outcome"] = d.Outcome.ToString(),
            ["statusCode"] = d.StatusCode,
            ["attempt"] = d.Attempt,
            ["late"] = d.Late,
            ["duplicate"] = d.Duplicate,
            ["at"] = d.At.ToString("O", CultureInfo.InvariantCulture),
            ["body"] = JsonNode.Parse(d.Body),
        }).ToArray()),
    };
}
