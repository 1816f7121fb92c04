using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactSync.Zoho.Sync;

/// <summary>Converts Zoho record values to the engine's text form and back, by the field's data type.</summary>
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

    /// <summary>The JSON value to write for a text value of a field of this data type ("" clears it).</summary>
    public static JsonNode? FromText(string text, string? dataType)
    {
        if (text.Length == 0)
        {
            return null;
        }

        switch (dataType)
        {
            case "integer" or "bigint":
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l) : JsonValue.Create(text);
            case "double" or "currency" or "decimal" or "percent":
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(text);
            case "boolean":
                return JsonValue.Create(string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1");
            case "multiselectpicklist":
                return new JsonArray(text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            default:
                return JsonValue.Create(text);
        }
    }
}
