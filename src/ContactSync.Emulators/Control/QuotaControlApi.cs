using System.Text.Json;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Quotas;

namespace ContactSync.Emulators.Control;

/// <summary>
/// <c>/_emulator/quotas</c>: read the quotas in force with the refusals so far (GET), replace them (POST, either a full
/// <see cref="QuotaOptions"/> object or <c>{"preset":"defaults","edition":"Enterprise","users":200,"timeScale":60}</c>),
/// and forget the usage (POST <c>/_emulator/quotas/reset</c>).
/// </summary>
internal static class QuotaControlApi
{
    public static void Map(WebApplication app, EmulatorHost host)
    {
        app.MapGet("/_emulator/quotas", async (HttpContext ctx) => await Json.WriteAsync(ctx, 200, Describe(host.Quotas), ctx.RequestAborted));
        app.MapPost("/_emulator/quotas", async (HttpContext ctx) =>
        {
            var body = await Json.ReadAsync(ctx, ctx.RequestAborted) as JsonObject;
            if (Parse(body) is not { } options)
            {
                await Json.WriteAsync(ctx, 400, new JsonObject { ["error"] = "expected a QuotaOptions object or {\"preset\":\"defaults\",\"edition\":\"Free|Standard|Professional|Enterprise|Ultimate\",\"users\":N,\"timeScale\":X}" }, ctx.RequestAborted);
                return;
            }

            host.Quotas.Options = options;
            await Json.WriteAsync(ctx, 200, Describe(host.Quotas), ctx.RequestAborted);
        });
        app.MapPost("/_emulator/quotas/reset", async (HttpContext ctx) =>
        {
            host.Quotas.Reset();
            await Json.WriteAsync(ctx, 200, Describe(host.Quotas), ctx.RequestAborted);
        });
    }

    internal static QuotaOptions? Parse(JsonObject? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            if (body["preset"]?.GetValue<string>() is { } preset)
            {
                if (!string.Equals(preset, "defaults", StringComparison.OrdinalIgnoreCase) || !Enum.TryParse<ZohoEdition>(body["edition"]?.GetValue<string>() ?? "Enterprise", true, out var edition))
                {
                    return null;
                }

                return QuotaOptions.Defaults(edition, body["users"]?.GetValue<int>() ?? 1, body["timeScale"]?.GetValue<double>() ?? 1);
            }

            return body.Deserialize<QuotaOptions>(Json.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static JsonObject Describe(QuotaBook quotas)
    {
        var refusals = new JsonObject();
        foreach (var (k, v) in quotas.Refusals.Snapshot())
        {
            refusals[k] = v;
        }

        return new JsonObject
        {
            ["options"] = JsonSerializer.SerializeToNode(quotas.Options, Json.Options),
            ["refusals"] = refusals,
            ["zohoCreditsLeft"] = quotas.ZohoCreditsLeft,
        };
    }
}
