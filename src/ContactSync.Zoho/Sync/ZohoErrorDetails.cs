using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Core.Ports;

namespace ContactSync.Zoho.Sync;

/// <summary>Reads Zoho's per-record error <c>details</c> (api_name, expected_data_type, maximum_length, duplicate_record).</summary>
internal static class ZohoErrorDetails
{
    public static ErrorDetails? From(JsonObject? details)
    {
        if (details is null)
        {
            return null;
        }

        var duplicate = details["duplicate_record"] as JsonObject;
        var owner = duplicate?["Owner"] as JsonObject;
        var ownerText = owner is null ? "" : $"{Text(owner["name"])} ({Text(owner["id"])})".Trim();
        var result = new ErrorDetails(Text(details["api_name"]), Text(details["expected_data_type"]), Text(duplicate?["id"]), ownerText == "()" ? "" : ownerText);
        return result == new ErrorDetails() ? null : result;
    }

    /// <summary>Zoho's message with what <c>maximum_length</c> adds, e.g. "invalid data (at most 40 characters)".</summary>
    public static string Message(string message, JsonObject? details) =>
        MaximumLength(details) is { } max ? $"{message} (at most {max} characters)" : message;

    public static int? MaximumLength(JsonObject? details) => details?["maximum_length"] switch
    {
        JsonValue v when v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => "",
    };
}
