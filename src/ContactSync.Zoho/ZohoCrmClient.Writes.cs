using System.Text.Json.Nodes;
using ContactSync.Http;

namespace ContactSync.Zoho;

public sealed partial class ZohoCrmClient
{
    /// <summary>
    /// Inserts Contacts in calls of at most 100; one result per input, in input order. Throws
    /// <see cref="ZohoOutcomeUnknownException"/> when a call may have been applied without an answer.
    /// </summary>
    public Task<IReadOnlyList<ZohoRecordResult>> InsertContactsAsync(IReadOnlyList<JsonObject> records, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, Module, "POST /crm/v8/Contacts", records, null, cancellationToken);

    /// <summary>Updates Contacts (each record carries "id") in calls of at most 100; one result per input, in input order.</summary>
    public Task<IReadOnlyList<ZohoRecordResult>> UpdateContactsAsync(IReadOnlyList<JsonObject> records, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Put, Module, "PUT /crm/v8/Contacts", records, null, cancellationToken);

    /// <summary>
    /// Upserts Contacts matching on <paramref name="duplicateCheckFields"/> (e.g. ["Email"]); one result per input. Not
    /// repeated after a failure that may follow its application (a record without a value in those fields is inserted
    /// again): throws <see cref="ZohoOutcomeUnknownException"/> then.
    /// </summary>
    public Task<IReadOnlyList<ZohoRecordResult>> UpsertContactsAsync(IReadOnlyList<JsonObject> records, IReadOnlyList<string> duplicateCheckFields, CancellationToken cancellationToken) =>
        WriteAsync(HttpMethod.Post, Module + "/upsert", "POST /crm/v8/Contacts/upsert", records, duplicateCheckFields, cancellationToken);

    /// <summary>
    /// Deletes Contacts in calls of at most 100 ids; one result per input id, in input order. Throws
    /// <see cref="ZohoOutcomeUnknownException"/> when a call may have been applied without an answer.
    /// </summary>
    public async Task<IReadOnlyList<ZohoRecordResult>> DeleteContactsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var results = new List<ZohoRecordResult>(ids.Count);
        foreach (var chunk in ids.Chunk(MaxRecordsPerWrite))
        {
            var path = $"{Module}?ids={Uri.EscapeDataString(string.Join(',', chunk))}";
            var entries = await SendWriteAsync(HttpMethod.Delete, path, null, "DELETE /crm/v8/Contacts", cancellationToken).ConfigureAwait(false);
            results.AddRange(MatchById(chunk, entries));
        }

        return results;
    }

    /// <summary>Adds tags (created if new) to Contacts, at most 100 ids per call; one result per input id.</summary>
    public async Task<IReadOnlyList<ZohoRecordResult>> AddTagsAsync(IReadOnlyList<string> ids, IReadOnlyList<string> tagNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(tagNames);
        var results = new List<ZohoRecordResult>(ids.Count);
        foreach (var chunk in ids.Chunk(MaxRecordsPerWrite))
        {
            var body = new JsonObject
            {
                ["tags"] = new JsonArray(tagNames.Select(n => (JsonNode)new JsonObject { ["name"] = n }).ToArray()),
                ["ids"] = new JsonArray(chunk.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()),
                ["over_write"] = false,
            };
            var entries = await SendWriteAsync(HttpMethod.Post, $"{Module}/actions/add_tags", body, "POST /crm/v8/Contacts/actions/add_tags", cancellationToken).ConfigureAwait(false);
            results.AddRange(MatchById(chunk, entries));
        }

        return results;
    }

    private async Task<IReadOnlyList<ZohoRecordResult>> WriteAsync(HttpMethod method, string path, string operation, IReadOnlyList<JsonObject> records,
        IReadOnlyList<string>? duplicateCheckFields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new List<ZohoRecordResult>(records.Count);
        foreach (var chunk in records.Chunk(MaxRecordsPerWrite))
        {
            var body = new JsonObject { ["data"] = new JsonArray(chunk.Select(r => (JsonNode)r.DeepClone()).ToArray()) };
            if (duplicateCheckFields is { Count: > 0 })
            {
                body["duplicate_check_fields"] = new JsonArray(duplicateCheckFields.Select(f => (JsonNode)JsonValue.Create(f)).ToArray());
            }

            var entries = await SendWriteAsync(method, path, body, operation, cancellationToken).ConfigureAwait(false);

            for (var i = 0; i < chunk.Length; i++)
            {
                results.Add(i < entries.Count
                    ? ToResult(entries[i], GetString(chunk[i], "id"))
                    : new ZohoRecordResult(false, "NO_RESULT", "Zoho returned no outcome for this record.", GetString(chunk[i], "id"), null, null));
            }
        }

        return results;
    }

    /// <summary>
    /// Sends one write and reads its per-record entries. A write that is not safe to repeat (<see cref="IdempotencyRules"/>)
    /// was retried only after 429 (and one token refresh); its 5xx, dropped connection or timed-out attempt may have been
    /// applied and becomes <see cref="ZohoOutcomeUnknownException"/>.
    /// </summary>
    private async Task<IReadOnlyList<JsonObject>> SendWriteAsync(HttpMethod method, string path, JsonObject? body, string operation, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(method, path, body, null, operation, cancellationToken).ConfigureAwait(false);
            return await ReadWriteEntriesAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!IdempotencyRules.IsSafeToRepeat(method.Method, ApiPath(path))
            && (ex is ZohoApiException { HttpStatus: >= 500 } || ApiFailures.IsUnanswered(ex, cancellationToken)))
        {
            ZohoLog.OutcomeUnknown(_logger, operation, ex is ZohoApiException api ? api.Code : ex.GetType().Name);
            throw new ZohoOutcomeUnknownException(operation, ex);
        }
    }

    private static async Task<IReadOnlyList<JsonObject>> ReadWriteEntriesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var code = (int)response.StatusCode;
        if (body?["data"] is JsonArray data && (response.IsSuccessStatusCode || code == 400))
        {
            return ReadObjects(data);
        }

        throw ToException(response, body);
    }

    private static IEnumerable<ZohoRecordResult> MatchById(string[] ids, IReadOnlyList<JsonObject> entries)
    {
        var byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (GetString(entry["details"] as JsonObject, "id") is { } id)
            {
                byId.TryAdd(id, entry);
            }
        }

        for (var i = 0; i < ids.Length; i++)
        {
            var entry = byId.GetValueOrDefault(ids[i]) ?? (i < entries.Count && GetString(entries[i]["details"] as JsonObject, "id") is null ? entries[i] : null);
            yield return entry is null
                ? new ZohoRecordResult(false, "NO_RESULT", "Zoho returned no outcome for this record.", ids[i], null, null)
                : ToResult(entry, ids[i]);
        }
    }

    private static ZohoRecordResult ToResult(JsonObject entry, string? knownId)
    {
        var details = entry["details"] as JsonObject;
        var success = string.Equals(GetString(entry, "status"), "success", StringComparison.OrdinalIgnoreCase);
        DateTimeOffset? modified = ZohoTime.TryParse(GetString(details, "Modified_Time"), out var m) ? m : null;
        return new ZohoRecordResult(success, GetString(entry, "code") ?? (success ? "SUCCESS" : "UNKNOWN"), GetString(entry, "message") ?? "",
            GetString(details, "id") ?? knownId, modified, (JsonObject?)details?.DeepClone())
        {
            Action = GetString(entry, "action"),
        };
    }
}
