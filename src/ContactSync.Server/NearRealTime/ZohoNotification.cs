using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// The parts of a Zoho Watch callback the server uses (reference zoho-crm-api.md §6: <c>channel_id</c> as a string,
/// <c>token</c>, <c>ids</c>, <c>server_time</c> in ms, <c>operation</c>). The body is a hint only: the records are read
/// again with the org's own token, so no value in it is trusted beyond naming records to look at.
/// </summary>
/// <param name="ChannelId">The channel id as sent.</param>
/// <param name="Token">The token as sent.</param>
/// <param name="Ids">The record ids (only ids of 1 to 30 digits are kept).</param>
/// <param name="ServerTime">Zoho's time of the callback (ms since 1970), 0 when absent.</param>
/// <param name="Operation">insert, update, delete, … ("" when absent).</param>
internal sealed record ZohoNotification(string ChannelId, string? Token, IReadOnlyList<string> Ids, long ServerTime, string Operation)
{
    /// <summary>The largest body read.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>Parses a callback body; null when it is not a JSON object with a channel id.</summary>
    public static ZohoNotification? TryParse(string body)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is null || Text(root["channel_id"]) is not { Length: > 0 } channelId)
        {
            return null;
        }

        var ids = (root["ids"] as JsonArray ?? []).Select(Text).OfType<string>()
            .Where(id => id.Length is > 0 and <= 30 && id.All(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal).ToList();
        var serverTime = long.TryParse(Text(root["server_time"]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : 0;
        return new ZohoNotification(channelId, Text(root["token"]), ids, serverTime, Text(root["operation"]) ?? "");
    }

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var n) => n.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
