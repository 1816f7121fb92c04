using System.Text.Json;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Org;

namespace ContactSync.Emulators.Control;

/// <summary>
/// <c>/_emulator/org</c>: seed an organisation (POST <c>{"users":200,"zohoContactsPerUser":500,"googleContactsPerUser":250,
/// "overlapPerUser":100,"seed":42}</c>) and read its users with their ids, emails, refresh tokens and groups (GET).
/// </summary>
internal static class OrgControlApi
{
    public static void Map(WebApplication app, EmulatorHost host)
    {
        app.MapGet("/_emulator/org", async (HttpContext ctx) => await Json.WriteAsync(ctx, 200, Describe(host.OrgUsers), ctx.RequestAborted));
        app.MapPost("/_emulator/org", async (HttpContext ctx) =>
        {
            var body = await Json.ReadAsync(ctx, ctx.RequestAborted) as JsonObject ?? [];
            int I(string k, int d) => body[k] is JsonValue v && v.TryGetValue<int>(out var n) ? n : d;
            var seed = new OrgSeed(I("users", 0), I("zohoContactsPerUser", 0), I("googleContactsPerUser", 0), I("overlapPerUser", 0), I("seed", host.Options.Seed));
            if (seed.Users is < 0 or > 10_000 || seed.ZohoContactsPerUser < 0 || seed.GoogleContactsPerUser < 0 || seed.OverlapPerUser < 0)
            {
                await Json.WriteAsync(ctx, 400, new JsonObject { ["error"] = "users 0..10000 and non-negative contact counts expected" }, ctx.RequestAborted);
                return;
            }

            await Json.WriteAsync(ctx, 200, Describe(host.SeedOrg(seed)), ctx.RequestAborted);
        });
    }

    private static JsonObject Describe(IReadOnlyList<OrgUser> users) =>
        new() { ["users"] = JsonSerializer.SerializeToNode(users, Json.Options) };
}
