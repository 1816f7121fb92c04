using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Emulators.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// The callback body POSTed to a channel's notify_url. Keys of the documented sample (v7/v8 "Enable Notifications"):
/// <c>server_time</c> (ms), <c>query_params</c> (the notify_url's query parameters), <c>module</c>, <c>resource_uri</c>,
/// <c>ids</c>, <c>affected_fields</c>, <c>operation</c>, <c>channel_id</c> (a string), <c>token</c>. With
/// return_affected_field_values, inserts and edits also carry <c>affected_values</c>
/// <c>[{"record_id":"…","values":{field: value}}]</c>: a shape seen only in a third party's captured callback, UNVERIFIED.
/// </summary>
internal static class ZohoNotificationBody
{
    public static ZohoOutgoingNotification Build(ZohoWatchChannel channel, ZohoRecordEvent kind, IReadOnlyList<ZohoChange> changes, DateTimeOffset now, ZohoWatchOptions options)
    {
        var ids = changes.Select(c => c.RecordId).Distinct(StringComparer.Ordinal).ToList();
        var operation = options.OperationOf(kind);
        var body = new JsonObject
        {
            ["server_time"] = now.ToUnixTimeMilliseconds(),
            ["query_params"] = QueryParams(channel.NotifyUrl),
            ["module"] = "Contacts",
            ["resource_uri"] = channel.ResourceUri,
            ["ids"] = ids.ToJsonArray(),
            ["affected_fields"] = kind == ZohoRecordEvent.Edit && options.AffectedFieldsOnEdit ? AffectedFields(ids, changes) : new JsonArray(),
            ["operation"] = operation,
            ["channel_id"] = channel.Id.ToString(CultureInfo.InvariantCulture),
            ["token"] = channel.Token,
        };
        if (channel.ReturnAffectedFieldValues && kind != ZohoRecordEvent.Delete)
        {
            body["affected_values"] = AffectedValues(ids, changes);
        }

        return new ZohoOutgoingNotification(channel.Id, channel.NotifyUrl, operation, ids, body.ToJsonString(Json.Options));
    }

    private static JsonObject QueryParams(string notifyUrl)
    {
        var query = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(new Uri(notifyUrl).Query))
        {
            query[key] = value.ToString();
        }

        return query;
    }

    /// <summary><c>[{"&lt;id&gt;":["Email","Phone"]}]</c>, one object per record, fields in the order they were first changed.</summary>
    private static JsonArray AffectedFields(IReadOnlyList<string> ids, IReadOnlyList<ZohoChange> changes) =>
        new(ids.Select(id => (JsonNode?)new JsonObject
        {
            [id] = changes.Where(c => c.RecordId == id).SelectMany(c => c.Fields).Distinct(StringComparer.Ordinal).ToJsonArray(),
        }).ToArray());

    private static JsonArray AffectedValues(IReadOnlyList<string> ids, IReadOnlyList<ZohoChange> changes) =>
        new(ids.Select(id =>
        {
            var values = new JsonObject();
            foreach (var change in changes.Where(c => c.RecordId == id))
            {
                foreach (var field in change.Fields)
                {
                    values[field] = change.Values.GetValueOrDefault(field)?.DeepClone();
                }
            }

            return (JsonNode?)new JsonObject { ["record_id"] = id, ["values"] = values };
        }).ToArray());
}
