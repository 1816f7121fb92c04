using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactSync.Zoho.Sync;

/// <summary>Reads Zoho record values in the engine's text form (writes convert with <see cref="ZohoValueConverter"/>).</summary>
internal static class ZohoValues
{
    public static string ToText(JsonNode? node) => node switch
    {
        null => "",
        JsonObject obj => obj["name"]?.GetValue<string>() ?? "",
        JsonArray array => string.Join("; ", array.Select(ToText).Where(s => s.Length > 0)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        _ => "",
    };
}
