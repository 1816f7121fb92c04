using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>Zoho's error envelope <c>{"code","details","message","status":"error"}</c> (OAS API_Exception).</summary>
internal static class ZohoErrors
{
    public static JsonObject Error(string code, string message, JsonObject? details = null) => new()
    {
        ["code"] = code,
        ["details"] = details ?? new JsonObject(),
        ["message"] = message,
        ["status"] = "error",
    };

    public static JsonObject Field(string code, string message, string apiName, int index, JsonObject? extra = null)
    {
        var details = new JsonObject { ["api_name"] = apiName, ["json_path"] = $"$.data[{index}].{apiName}" };
        if (extra is not null)
        {
            foreach (var (k, v) in extra.ToList())
            {
                extra.Remove(k);
                details[k] = v;
            }
        }

        return Error(code, message, details);
    }

    public static JsonObject InvalidToken() => Error("INVALID_TOKEN", "invalid oauth token");

    public static JsonObject RequiredParam(string param) =>
        Error("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", new JsonObject { ["param_name"] = param });

    public static JsonObject InvalidParam(string param, string message = "invalid data") =>
        Error("INVALID_DATA", message, new JsonObject { ["param_name"] = param });

    public static JsonObject NoPermission(params string[] permissions) =>
        Error("NO_PERMISSION", "permission denied", new JsonObject { ["permissions"] = permissions.Select(p => (JsonNode?)p).ToJsonArrayNode() });

    private static JsonArray ToJsonArrayNode(this IEnumerable<JsonNode?> items) => new(items.ToArray());
}
