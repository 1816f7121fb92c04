using System.Text.Json;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;

namespace ContactSync.Emulators.Control;

/// <summary>The <c>/_emulator/...</c> control surface (JSON) for out-of-process tests, benchmarks and the demo.</summary>
internal static class ControlApi
{
    public static void Map(WebApplication app, EmulatorHost host)
    {
        app.MapPost("/_emulator/seed", async (HttpContext ctx) =>
        {
            var body = await Json.ReadAsync(ctx, ctx.RequestAborted) as JsonObject ?? [];
            int I(string k, int d) => body[k] is JsonValue v && v.TryGetValue<int>(out var n) ? n : d;
            host.Reseed(I("zohoContacts", 0), I("googleContacts", 0), I("overlappingEmails", 0), I("seed", host.Options.Seed));
            await Json.WriteAsync(ctx, 200, new JsonObject { ["zohoContacts"] = host.Zoho.Count, ["googleContacts"] = host.Google.Count }, ctx.RequestAborted);
        });
        app.MapPost("/_emulator/reset", async (HttpContext ctx) =>
        {
            host.Reseed(0, 0, 0, host.Options.Seed);
            await Json.WriteAsync(ctx, 200, new JsonObject(), ctx.RequestAborted);
        });
        app.MapGet("/_emulator/zoho/contacts", async (HttpContext ctx) =>
            await Json.WriteAsync(ctx, 200, new JsonObject
            {
                ["data"] = new JsonArray(host.Zoho.GetAllRecords().Select(r => (JsonNode?)r).ToArray()),
                ["deleted"] = host.Zoho.GetDeletedIds().ToJsonArray(),
            }, ctx.RequestAborted));
        app.MapGet("/_emulator/google/contacts", async (HttpContext ctx) =>
            await Json.WriteAsync(ctx, 200, new JsonObject
            {
                ["people"] = new JsonArray(host.Google.GetAllContacts().Select(p => (JsonNode?)p).ToArray()),
                ["contactSyncGroup"] = host.Google.ContactSyncGroupResourceName,
                ["familyGroup"] = host.Google.FamilyGroupResourceName,
            }, ctx.RequestAborted));
        app.MapGet("/_emulator/calls", async (HttpContext ctx) =>
        {
            var o = new JsonObject();
            foreach (var (k, v) in host.Calls.Snapshot())
            {
                o[k] = v;
            }

            o["zoho total"] = host.Calls.Total("zoho");
            o["google total"] = host.Calls.Total("google");
            o["total"] = host.Calls.Total();
            await Json.WriteAsync(ctx, 200, o, ctx.RequestAborted);
        });
        app.MapPost("/_emulator/calls/reset", async (HttpContext ctx) =>
        {
            host.Calls.Reset();
            await Json.WriteAsync(ctx, 200, new JsonObject(), ctx.RequestAborted);
        });
        app.MapPost("/_emulator/faults", (HttpContext ctx) => AddFaultAsync(ctx, host));
        app.MapDelete("/_emulator/faults", async (HttpContext ctx) =>
        {
            host.Faults.Clear();
            await Json.WriteAsync(ctx, 200, new JsonObject(), ctx.RequestAborted);
        });
        app.MapGet("/_emulator/credentials", async (HttpContext ctx) =>
            await Json.WriteAsync(ctx, 200, JsonSerializer.SerializeToNode(host.Credentials, Json.Options), ctx.RequestAborted));
    }

    private static async Task AddFaultAsync(HttpContext ctx, EmulatorHost host)
    {
        var body = await Json.ReadAsync(ctx, ctx.RequestAborted) as JsonObject;
        var kind = body?["kind"]?.ToString() switch
        {
            "429" => FaultKind.TooManyRequests,
            "500" => FaultKind.InternalError,
            "503" => FaultKind.ServiceUnavailable,
            "latency" => FaultKind.Latency,
            "drop" => FaultKind.Drop,
            "applied-500" => FaultKind.AppliedThenInternalError,
            "applied-drop" => FaultKind.AppliedThenDrop,
            "applied-timeout" => FaultKind.AppliedThenTimeout,
            _ => (FaultKind?)null,
        };
        var service = body?["service"]?.ToString() ?? "all";
        if (kind is null || service is not ("zoho" or "google" or "all"))
        {
            await Json.WriteAsync(ctx, 400, new JsonObject { ["error"] = "kind must be 429|500|503|latency|drop|applied-500|applied-drop|applied-timeout and service zoho|google|all" }, ctx.RequestAborted);
            return;
        }

        int? N(string k) => body![k] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
        double? D(string k) => body![k] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;
        var endpoint = body?["endpoint"]?.ToString();
        var rule = new FaultRule(service, kind.Value, N("count"), D("probability"), N("retryAfterSeconds") ?? 1, N("latencyMs") ?? 0, string.IsNullOrWhiteSpace(endpoint) ? null : endpoint, N("skip") ?? 0);
        host.Faults.Add(rule);
        await Json.WriteAsync(ctx, 200, JsonSerializer.SerializeToNode(rule, Json.Options), ctx.RequestAborted);
    }
}
