using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// <c>/crm/v8/actions/watch</c> (reference zoho-crm-api.md §6, OAS notifications.json, the v7/v8 notification pages):
/// POST enable, GET details (page, per_page, channel_id, module), PUT replace a channel's details, PATCH update some
/// details or, with <c>"_delete_events": true</c>, disable some events, DELETE <c>?channel_ids=</c> disable channels.
/// Write bodies are <c>{"watch":[...]}</c> with one result per item: all right → 201 for POST (OAS) or 200, all wrong →
/// 400 (the documented status of the item errors), some of each → 207 (as the records API; not documented here).
/// Undocumented choices, each marked where it is made: an enable of a live channel_id replaces that channel; PATCH adds
/// its events to the channel's; a channel whose last event is disabled is removed. The emulator has only Contacts.
/// </summary>
internal sealed class ZohoWatchApi(ZohoEmulatorState state, ZohoNotifications watch, string? apiDomain)
{
    private const int MaxPerPage = 200;
    private static readonly string ModuleId = ZohoEmulatorState.ModuleId.ToString(CultureInfo.InvariantCulture);

    public (int Status, JsonNode? Body) Handle(HttpContext ctx, ZohoUser user, JsonNode? body) => ctx.Request.Method switch
    {
        "GET" => Details(ctx.Request.Query, user),
        "POST" => ForEachItem(body, 201, (node, i) => Enable(node, i, user, ResourceUri(ctx))),
        "PUT" => ForEachItem(body, 200, (node, i) => Replace(node, i, user, ResourceUri(ctx))),
        "PATCH" => ForEachItem(body, 200, (node, i) => Patch(node, i, user)),
        "DELETE" => Disable(ctx.Request.Query),
        _ => (404, ZohoErrors.Error("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one")),
    };

    private static (int, JsonNode?) ForEachItem(JsonNode? body, int okStatus, Func<JsonNode?, int, JsonObject> each)
    {
        if (body is not JsonObject root || root["watch"] is not JsonArray items || items.Count == 0)
        {
            return (400, ZohoWatchErrors.Mandatory("watch", "$.watch"));
        }

        var results = new JsonArray();
        var ok = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var result = each(items[i], i);
            ok += result["status"]?.ToString() == "success" ? 1 : 0;
            results.Add(result);
        }

        return (ok == items.Count ? okStatus : ok == 0 ? 400 : 207, new JsonObject { ["watch"] = results });
    }

    private JsonObject Enable(JsonNode? node, int index, ZohoUser user, string resourceUri)
    {
        if (Parse(node, index, false, out var item) is { } error)
        {
            return error;
        }

        var channel = NewChannel(item!, resourceUri);

        // An enable naming a live channel_id replaces that channel (UNVERIFIED: the documents do not say).
        return watch.Store.TryPut(channel, watch.Options.MaxChannels)
            ? Success("Successfully subscribed for actions-watch of the given module", EventDetails(channel, user, true))
            : ZohoWatchErrors.TooManyChannels(watch.Options.MaxChannels, $"$.watch[{index}].channel_id");
    }

    /// <summary>PUT: "all the provided details would be persisted and rest of the details would be removed".</summary>
    private JsonObject Replace(JsonNode? node, int index, ZohoUser user, string resourceUri)
    {
        if (Parse(node, index, false, out var item) is { } error)
        {
            return error;
        }

        var channel = NewChannel(item!, resourceUri);
        return watch.Store.Change(channel.Id, _ => channel) is null
            ? ZohoWatchErrors.NotSubscribed(channel.Id)
            : Success("Successfully updated the subscribe details", EventDetails(channel, user, true));
    }

    /// <summary>
    /// PATCH: "the provided details would be persisted and rest of the details will not be removed"; the expiry, though,
    /// is one hour from now when omitted (the page's channel_expiry text), so a PATCH renews. Its events are added to the
    /// channel's (UNVERIFIED). With <c>"_delete_events": true</c> it disables the given events instead.
    /// </summary>
    private JsonObject Patch(JsonNode? node, int index, ZohoUser user)
    {
        if (Parse(node, index, true, out var parsed) is { } error)
        {
            return error;
        }

        var item = parsed!;
        if (item.DeleteEvents)
        {
            // A channel left without events is removed (UNVERIFIED).
            var before = watch.Store.Change(item.ChannelId, old => (old.Events & ~item.Events) is var left && left != ZohoRecordEvent.None ? old with { Events = left } : null);
            return before is null
                ? ZohoWatchErrors.NotSubscribed(item.ChannelId)
                : Success("Successfully removed the subscribe details", EventDetails(before, user, false));
        }

        ZohoWatchChannel? updated = null;
        var previous = watch.Store.Change(item.ChannelId, old => updated = old with
        {
            NotifyUrl = item.NotifyUrl ?? old.NotifyUrl,
            Token = item.HasToken ? item.Token : old.Token,
            Events = old.Events | item.Events,
            Expiry = item.Expiry,
            NotifyOnRelatedAction = item.NotifyOnRelatedAction ?? old.NotifyOnRelatedAction,
            ReturnAffectedFieldValues = item.ReturnAffectedFieldValues ?? old.ReturnAffectedFieldValues,
            Condition = item.HasCondition ? item.Condition : old.Condition,
        });
        return previous is null
            ? ZohoWatchErrors.NotSubscribed(item.ChannelId)
            : Success("Successfully updated the subscribe details", EventDetails(updated!, user, true));
    }

    private (int, JsonNode?) Disable(IQueryCollection query)
    {
        var parts = query["channel_ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return (400, ZohoErrors.RequiredParam("channel_ids"));
        }

        var ids = new List<long>();
        foreach (var part in parts)
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return (400, ZohoErrors.InvalidParam("channel_ids"));
            }

            ids.Add(id);
        }

        var results = new JsonArray();
        var ok = 0;
        foreach (var id in ids)
        {
            var removed = watch.Store.Remove(id);
            ok += removed is null ? 0 : 1;
            results.Add(removed is null
                ? ZohoWatchErrors.NotSubscribed(id)
                : Success("Successfully un-subscribed from actions-watch", new JsonObject { ["resource_uri"] = removed.ResourceUri, ["resource_id"] = ModuleId, ["channel_id"] = Id(removed) }));
        }

        return (ok == ids.Count ? 200 : ok == 0 ? 400 : 207, new JsonObject { ["watch"] = results });
    }

    private (int, JsonNode?) Details(IQueryCollection query, ZohoUser user)
    {
        if (!TryPositive(query, "page", 1, out var page))
        {
            return (400, ZohoErrors.InvalidParam("page"));
        }

        if (!TryPositive(query, "per_page", MaxPerPage, out var perPage) || perPage > MaxPerPage)
        {
            return (400, ZohoErrors.InvalidParam("per_page"));
        }

        long? channelId = null;
        if (query["channel_id"].ToString() is { Length: > 0 } raw)
        {
            if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return (400, ZohoErrors.InvalidParam("channel_id"));
            }

            channelId = id;
        }

        var module = query["module"].ToString();
        var all = watch.Store.Live().Where(c => (channelId is null || c.Id == channelId) && (module.Length == 0 || module == "Contacts")).ToList();
        var skip = (long)(page - 1) * perPage;
        var slice = skip >= all.Count ? [] : all.Skip((int)skip).Take(perPage).ToList();
        if (slice.Count == 0)
        {
            return (204, null);
        }

        return (200, new JsonObject
        {
            ["watch"] = new JsonArray(slice.Select(c => (JsonNode?)Render(c, user)).ToArray()),
            ["info"] = new JsonObject { ["per_page"] = perPage, ["count"] = slice.Count, ["page"] = page, ["more_records"] = all.Count > skip + slice.Count },
        });
    }

    /// <summary>One channel as the documented details sample shows it (key order kept).</summary>
    private static JsonObject Render(ZohoWatchChannel c, ZohoUser user) => new()
    {
        ["notify_on_related_action"] = c.NotifyOnRelatedAction,
        ["channel_expiry"] = Format(c.Expiry, user),
        ["return_affected_field_values"] = c.ReturnAffectedFieldValues,
        ["resource_uri"] = c.ResourceUri,
        ["resource_id"] = ModuleId,
        ["notify_url"] = c.NotifyUrl,
        ["resource_name"] = "Contacts",
        ["fields"] = null,
        ["notification_condition"] = c.Condition?.Render(),
        ["channel_id"] = Id(c),
        ["events"] = new JsonArray(c.EventNames.Select(e => (JsonNode?)e).ToArray()),
        ["token"] = c.Token,
    };

    private JsonObject? Parse(JsonNode? node, int index, bool patch, out ZohoWatchItem? item) =>
        ZohoWatchRequestParser.TryParse(node, index, watch.Store.Now, state.Fields, patch, out item);

    private static ZohoWatchChannel NewChannel(ZohoWatchItem item, string resourceUri) => new(
        item.ChannelId, item.NotifyUrl!, item.Token, item.Events, item.Expiry, item.NotifyOnRelatedAction ?? true, item.ReturnAffectedFieldValues ?? false, item.Condition, resourceUri);

    private static JsonObject EventDetails(ZohoWatchChannel channel, ZohoUser user, bool withExpiry)
    {
        var e = new JsonObject();
        if (withExpiry)
        {
            e["channel_expiry"] = Format(channel.Expiry, user);
        }

        e["resource_uri"] = channel.ResourceUri;
        e["resource_id"] = ModuleId;
        e["resource_name"] = "Contacts";
        e["channel_id"] = Id(channel);
        return new JsonObject { ["events"] = new JsonArray(e) };
    }

    private static JsonObject Success(string message, JsonObject details) => new()
    {
        ["code"] = "SUCCESS",
        ["details"] = details,
        ["message"] = message,
        ["status"] = "success",
    };

    private string ResourceUri(HttpContext ctx) => (apiDomain ?? $"{ctx.Request.Scheme}://{ctx.Request.Host}").TrimEnd('/') + "/crm/v8/Contacts";

    private static string Id(ZohoWatchChannel c) => c.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>In the viewer's offset, as Zoho shows times (the documented samples carry the user's offset).</summary>
    private static string Format(DateTimeOffset time, ZohoUser user) =>
        time.ToOffset(user.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool TryPositive(IQueryCollection query, string name, int fallback, out int value)
    {
        value = fallback;
        var raw = query[name].ToString();
        return raw.Length == 0 || (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0);
    }
}
