using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Zoho.Sync;

/// <summary>The engine's CRM side, on the Zoho CRM client: view-scoped reads, owner visibility, typed writes.</summary>
public sealed class ZohoContactsPort : ICrmContacts
{
    private const string ModifiedTime = "Modified_Time";
    private readonly ZohoCrmClient _client;
    private readonly ZohoPortOptions _options;
    private readonly IReadOnlyList<string> _fields;
    private DateTimeOffset? _createSentAfter;
    private readonly ZohoRecordWriter _writer;

    /// <summary>Creates the port.</summary>
    public ZohoContactsPort(ZohoCrmClient client, ZohoPortOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        var fields = new List<string> { "Email", "First_Name", "Last_Name", ModifiedTime, "Owner" };
        fields.AddRange(options.Fields);
        if (!string.IsNullOrEmpty(options.GoogleRefField))
        {
            fields.Add(options.GoogleRefField);
        }

        _fields = fields.Distinct(StringComparer.Ordinal).ToList();
        _writer = new ZohoRecordWriter(client);
    }

    /// <inheritdoc />
    public int MaxBatchSize => 100;

    /// <summary>True when full and incremental reads ask Zoho for the visible owners' records only (see <see cref="ZohoPortOptions.ReadOwnersOnly"/>).</summary>
    public bool ReadsOwnersOnly => _options.ReadOwnersOnly && _options.VisibleOwnerIds is { Count: > 0 } && !_options.Fields.Contains("Owner", StringComparer.Ordinal);

    /// <inheritdoc />
    /// <remarks>
    /// With <see cref="ReadsOwnersOnly"/>, COQL on the visible owners (one call per 2,000 of their records; an incremental
    /// run's empty answer is one call, as the view read's 304); else the view page by page, filtered by owner here.
    /// </remarks>
    public async IAsyncEnumerable<IReadOnlyList<CrmContact>> ReadAsync(DateTimeOffset? modifiedSince, CrmReadClock clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (ReadsOwnersOnly)
        {
            var owners = new ZohoOwnerQuery { Fields = _fields, OwnerIds = _options.VisibleOwnerIds!, ModifiedSince = modifiedSince, ServerTimeObserved = clock.Observe };
            await foreach (var page in _client.QueryContactsByOwnersAsync(owners, cancellationToken))
            {
                yield return page.Records.Where(Visible).Select(ToContact).ToList();
            }

            yield break;
        }

        var query = new ZohoListQuery { Fields = _fields, CustomViewId = _options.CustomViewId, ModifiedSince = modifiedSince, ServerTimeObserved = clock.Observe };
        await foreach (var page in _client.ListContactsAsync(query, cancellationToken))
        {
            yield return page.Records.Where(Visible).Select(ToContact).ToList();
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One Get Records call per 100 ids with the plan's <c>cvid</c> and <c>ids</c> together (the reference lists both
    /// parameters of Get Records; that Zoho applies both at once is UNVERIFIED, the emulator does), so a record that left
    /// the view is not read; then the owner visibility as for every read.
    /// </remarks>
    public async IAsyncEnumerable<IReadOnlyList<CrmContact>> ReadByIdsAsync(IReadOnlyList<string> ids, CrmReadClock clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(clock);
        foreach (var chunk in ids.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Chunk(ZohoCrmClient.MaxIdsPerList))
        {
            var query = new ZohoListQuery { Fields = _fields, CustomViewId = _options.CustomViewId, Ids = chunk, ServerTimeObserved = clock.Observe };
            await foreach (var page in _client.ListContactsAsync(query, cancellationToken))
            {
                yield return page.Records.Where(Visible).Select(ToContact).ToList();
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrmContact>> GetAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<CrmContact>(ids.Count);
        foreach (var id in ids)
        {
            if (await _client.GetContactAsync(id, _fields, cancellationToken) is { } record && Visible(record))
            {
                found.Add(ToContact(record));
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrmContact>> SearchAsync(PendingCrmCreate intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        if (intent.Email.Length == 0)
        {
            // Without an email the durable cross-reference field (plan setting) is what re-pairs such records.
            return [];
        }

        var found = await _client.SearchContactsByEmailAsync(intent.Email, cancellationToken);
        return found.Where(Visible).Select(ToContact).ToList();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyList<CrmDeletion>> ReadDeletedAsync(DateTimeOffset deletedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _client.ListDeletedContactsAsync(deletedSince, cancellationToken))
        {
            yield return page.Records.Select(r => new CrmDeletion(r.Id, r.DeletedTime)).ToList();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> CreateAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken)
    {
        var prepared = new List<ZohoPreparedWrite>(writes.Count);
        foreach (var write in writes)
        {
            var record = await _writer.PrepareAsync(write, cancellationToken);
            if (!string.IsNullOrEmpty(_options.OwnerId))
            {
                record.Record["Owner"] = new JsonObject { ["id"] = _options.OwnerId };
            }

            if (!string.IsNullOrEmpty(_options.GoogleRefField) && write.GoogleRef is { } googleRef)
            {
                record.Record[_options.GoogleRefField] = googleRef;
            }

            prepared.Add(record);
        }

        // The CRM's clock before the insert: records it may make are created after this instant (see FindCreatedAsync).
        _createSentAfter = _client.LastServerTime;
        return await _writer.WriteAsync(prepared, _client.InsertContactsAsync, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrmContact?>> FindCreatedAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var fields = _fields.Append(ZohoUnknownOutcomes.CreatedTime).Distinct(StringComparer.Ordinal).ToList();
        var created = await ZohoUnknownOutcomes.ReadCreatedSinceAsync(_client, fields, _createSentAfter, cancellationToken);
        return ZohoCreatedMatcher.Match(writes, created.Where(Visible).Select(ToContact).ToList());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> UpdateAsync(IReadOnlyList<CrmWrite> writes, CancellationToken cancellationToken)
    {
        var prepared = new List<ZohoPreparedWrite>(writes.Count);
        foreach (var write in writes)
        {
            prepared.Add(await _writer.PrepareAsync(write, cancellationToken));
        }

        return await _writer.WriteAsync(prepared, _client.UpdateContactsAsync, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var sentAfter = _client.LastServerTime;
        try
        {
            var results = await _client.DeleteContactsAsync(ids, cancellationToken);
            return ids.Select((id, i) => ToOutcome(id, results[i])).ToList();
        }
        catch (ZohoOutcomeUnknownException)
        {
            return await ZohoUnknownOutcomes.SettleDeletesAsync(_client, ids, sentAfter, (id, result) => ToOutcome(id, result), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WriteOutcome>> QuarantineAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var results = await _client.AddTagsAsync(ids, [_options.QuarantineTag], cancellationToken);
        return ids.Select((id, i) => ToOutcome(id, results[i])).ToList();
    }

    private bool Visible(JsonObject record) =>
        _options.VisibleOwnerIds is null ||
        (record["Owner"] is JsonObject owner && owner["id"]?.GetValue<string>() is { } ownerId && _options.VisibleOwnerIds.Contains(ownerId));

    private CrmContact ToContact(JsonObject record)
    {
        var id = record["id"]?.ToString() ?? "";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            var text = ZohoValues.ToText(record[field]);
            if (text.Length > 0)
            {
                values[field] = text;
            }
        }

        var modified = record[ModifiedTime] is JsonValue t && ZohoTime.TryParse(t.GetValue<string>(), out var parsed) ? parsed : DateTimeOffset.MinValue;
        var googleRef = string.IsNullOrEmpty(_options.GoogleRefField) ? null : values.GetValueOrDefault(_options.GoogleRefField);
        return new CrmContact(id, modified, values, googleRef);
    }

    private static WriteOutcome ToOutcome(string key, ZohoRecordResult result) => result.Success
        ? new WriteOutcome(key, true, result.Id)
        : new WriteOutcome(key, false, result.Id, Code: result.Code, Message: ZohoErrorDetails.Message(result.Message, result.Details)) { Details = ZohoErrorDetails.From(result.Details) };
}
