using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Infrastructure;

/// <summary>JSON helpers shared by the emulators.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(HttpContext ctx, int status, JsonNode? body, CancellationToken cancellationToken)
    {
        ctx.Response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        ctx.Response.ContentType = "application/json; charset=UTF-8";
        await using var writer = new Utf8JsonWriter(ctx.Response.Body, new JsonWriterOptions { Encoder = Options.Encoder });
        body.WriteTo(writer, Options);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Reads the request body as JSON; null when it is empty or not valid JSON.</summary>
    public static async Task<JsonNode?> ReadAsync(HttpContext ctx, CancellationToken cancellationToken)
    {
        try
        {
            using var ms = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(ms, cancellationToken);
            if (ms.Length == 0)
            {
                return null;
            }

            ms.Position = 0;
            return await JsonNode.ParseAsync(ms, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Str(this JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static JsonArray ToJsonArray(this IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
}
