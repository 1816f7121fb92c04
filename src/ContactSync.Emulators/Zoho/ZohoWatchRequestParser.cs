using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Checks one item of a Watch API body, with the rules and errors of the v7/v8 notification pages: channel_id, events
/// and notify_url mandatory (MANDATORY_NOT_FOUND), token at most 50 characters (INVALID_DATA), channel_expiry at most one
/// week ahead and one hour when omitted or further, events <c>{module}.{create|edit|delete|all}</c>.
/// </summary>
internal static class ZohoWatchRequestParser
{
    private const int MaxTokenLength = 50;
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// Returns the per-item error, or null with <paramref name="item"/> set. <c>_delete_events</c> counts only for a
    /// PATCH (<paramref name="patch"/>): it makes notify_url optional.
    /// </summary>
    public static JsonObject? TryParse(JsonNode? node, int index, DateTimeOffset now, ZohoFieldCatalog fields, bool patch, out ZohoWatchItem? item)
    {
        item = null;
        var path = $"$.watch[{index}]";
        if (node is not JsonObject o)
        {
            return ZohoWatchErrors.Invalid("watch", path);
        }

        JsonObject? error;
        if ((error = ParseBool(o, "_delete_events", path, out var deleting)) is not null)
        {
            return error;
        }

        deleting = patch && deleting == true;
        string[] mandatory = deleting == true ? ["channel_id", "events"] : ["channel_id", "events", "notify_url"];
        if (mandatory.FirstOrDefault(k => o[k] is null) is { } missing)
        {
            return ZohoWatchErrors.Mandatory(missing, $"{path}.{missing}");
        }

        if ((error = ParseChannelId(o["channel_id"]!, path + ".channel_id", out var channelId)) is not null
            || (error = ParseEvents(o["events"]!, path + ".events", out var events)) is not null
            || (error = ParseNotifyUrl(o["notify_url"], path + ".notify_url", out var notifyUrl)) is not null
            || (error = ParseToken(o["token"], path + ".token", out var token)) is not null
            || (error = ParseExpiry(o["channel_expiry"], path + ".channel_expiry", now, out var expiry)) is not null
            || (error = ParseBool(o, "notify_on_related_action", path, out var related)) is not null
            || (error = ParseBool(o, "return_affected_field_values", path, out var values)) is not null
            || (error = ZohoNotificationCondition.TryParse(o["notification_condition"], path + ".notification_condition", fields, out var condition)) is not null)
        {
            return error;
        }

        item = new ZohoWatchItem(
            channelId, events, notifyUrl, token, o.ContainsKey("token"), expiry, related, values, condition, o.ContainsKey("notification_condition"), deleting == true);
        return null;
    }

    private static JsonObject? ParseChannelId(JsonNode node, string path, out long id)
    {
        id = 0;
        var ok = node is JsonValue v && v.GetValueKind() switch
        {
            JsonValueKind.Number => v.TryGetValue(out id),
            JsonValueKind.String => long.TryParse(v.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out id),
            _ => false,
        };
        return ok && id > 0 ? null : ZohoWatchErrors.InvalidType("channel_id", path, "long");
    }

    private static JsonObject? ParseEvents(JsonNode node, string path, out ZohoRecordEvent events)
    {
        events = ZohoRecordEvent.None;
        if (node is not JsonArray list || list.Count == 0)
        {
            return ZohoWatchErrors.Invalid("events", path);
        }

        for (var i = 0; i < list.Count; i++)
        {
            // The emulator has only the Contacts module; other modules' events are refused like unknown ones.
            var parsed = list[i] is JsonValue v && v.TryGetValue<string>(out var name) ? name switch
            {
                "Contacts.create" => ZohoRecordEvent.Create,
                "Contacts.edit" => ZohoRecordEvent.Edit,
                "Contacts.delete" => ZohoRecordEvent.Delete,
                "Contacts.all" => ZohoRecordEvent.All,
                _ => ZohoRecordEvent.None,
            } : ZohoRecordEvent.None;
            if (parsed == ZohoRecordEvent.None)
            {
                return ZohoWatchErrors.Invalid("events", $"{path}[{i}]");
            }

            events |= parsed;
        }

        return null;
    }

    /// <summary>An absolute http(s) URL. Plain http is accepted (loopback receivers); whether Zoho refuses it is not documented.</summary>
    private static JsonObject? ParseNotifyUrl(JsonNode? node, string path, out string? url)
    {
        url = null;
        if (node is null)
        {
            return null;
        }

        url = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : ZohoWatchErrors.Invalid("notify_url", path);
    }

    private static JsonObject? ParseToken(JsonNode? node, string path, out string? token)
    {
        token = null;
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return ZohoWatchErrors.InvalidType("token", path, "string");
        }

        token = text;
        return token.Length > MaxTokenLength ? ZohoWatchErrors.Invalid("token", path, "the length of the token exceeds 50 characters") : null;
    }

    /// <summary>
    /// Documented: "a maximum of one week from the time they are enabled. If it is not specified or set for more than a
    /// week, the default expiry time is for one hour." An expiry not after now is refused (UNVERIFIED: not documented).
    /// </summary>
    private static JsonObject? ParseExpiry(JsonNode? node, string path, DateTimeOffset now, out DateTimeOffset expiry)
    {
        expiry = now + DefaultLifetime;
        if (node is null)
        {
            return null;
        }

        if (node is not JsonValue v || !v.TryGetValue<string>(out var text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var given) || given <= now)
        {
            return ZohoWatchErrors.InvalidType("channel_expiry", path, "datetime");
        }

        if (given - now <= MaxLifetime)
        {
            expiry = given;
        }

        return null;
    }

    private static JsonObject? ParseBool(JsonObject o, string key, string path, out bool? value)
    {
        value = null;
        if (o[key] is null)
        {
            return null;
        }

        if (o[key] is JsonValue v && v.TryGetValue<bool>(out var b))
        {
            value = b;
            return null;
        }

        return ZohoWatchErrors.InvalidType(key, $"{path}.{key}", "boolean");
    }
}
