using System.Text.Json.Nodes;
using ContactSync.Core.Ports;

namespace ContactSync.Zoho.Sync;

/// <summary>
/// Writes records with every value converted to its field's type (<see cref="ZohoValueConverter"/>): values that cannot
/// be converted are left out with a note and the rest of the record is written. Should Zoho still refuse a record with
/// INVALID_DATA naming one of its fields (an org rule the conversion did not foresee), that record alone is sent again
/// without the field (a mandatory text is shortened to the length Zoho named instead), at most
/// <see cref="MaxRewrites"/> times. A refused record was not written, so sending it again cannot double it.
/// </summary>
internal sealed class ZohoRecordWriter(ZohoCrmClient client)
{
    private const int MaxRewrites = 3;
    private Dictionary<string, ZohoField>? _metadata;

    /// <summary>Converts one write's values; fields of unknown type (not in the metadata) are sent as text.</summary>
    public async Task<ZohoPreparedWrite> PrepareAsync(CrmWrite write, CancellationToken cancellationToken)
    {
        var prepared = new ZohoPreparedWrite(write.Key, write.Id);
        foreach (var (name, text) in write.Values)
        {
            var field = await FieldAsync(name, cancellationToken);
            var conversion = field is null
                ? (text.Length == 0 ? ZohoConversion.Clear : ZohoConversion.Of(JsonValue.Create(text), text, text))
                : ZohoValueConverter.Convert(text, field, ZohoKnownFields.Find(name) is not { } known || ZohoKnownFields.IsAuthoritative(known));
            if (conversion.Note is { } note)
            {
                prepared.Notes.Add(note);
            }

            if (!conversion.Send)
            {
                continue;
            }

            prepared.Record[name] = conversion.Value;
            if (conversion.Text is { } stored)
            {
                prepared.Texts[name] = stored;
            }
        }

        return prepared;
    }

    /// <summary>Sends the records (an update with nothing left to write is not sent) and returns one outcome per write.</summary>
    public async Task<IReadOnlyList<WriteOutcome>> WriteAsync(
        IReadOnlyList<ZohoPreparedWrite> writes,
        Func<IReadOnlyList<JsonObject>, CancellationToken, Task<IReadOnlyList<ZohoRecordResult>>> send,
        CancellationToken cancellationToken)
    {
        var results = new ZohoRecordResult?[writes.Count];
        var unknown = new string?[writes.Count];
        var pending = Enumerable.Range(0, writes.Count).Where(i => writes[i].Id is null || writes[i].HasFields).ToList();
        for (var round = 0; pending.Count > 0; round++)
        {
            IReadOnlyList<ZohoRecordResult> sent;
            try
            {
                sent = await send(pending.Select(i => writes[i].Record).ToList(), cancellationToken);
            }
            catch (ZohoOutcomeUnknownException ex)
            {
                // Zoho may have applied the call: these records are neither written nor failed; the engine finds out.
                foreach (var i in pending)
                {
                    unknown[i] = ex.Message;
                }

                break;
            }

            var again = new List<int>();
            for (var j = 0; j < pending.Count; j++)
            {
                var i = pending[j];
                results[i] = sent[j];
                if (round < MaxRewrites && !sent[j].Success && await TryLeaveOutAsync(writes[i], sent[j], cancellationToken))
                {
                    again.Add(i);
                }
            }

            pending = again;
        }

        return writes.Select((w, i) => unknown[i] is { } why ? WriteOutcome.Unknown(w.Key, why) : ToOutcome(w, results[i])).ToList();
    }

    /// <summary>Takes the field Zoho refused out of the record (or shortens a mandatory text); false when it cannot.</summary>
    private async Task<bool> TryLeaveOutAsync(ZohoPreparedWrite write, ZohoRecordResult result, CancellationToken cancellationToken)
    {
        var field = ZohoCrmClient.GetString(result.Details, "api_name");
        if (result.Code != "INVALID_DATA" || field is null or "id" or "Owner" || !write.Record.ContainsKey(field))
        {
            return false;
        }

        var type = ZohoCrmClient.GetString(result.Details, "expected_data_type") ?? "";
        var max = ZohoErrorDetails.MaximumLength(result.Details);
        var mandatory = (await FieldAsync(field, cancellationToken))?.Mandatory == true;
        if (mandatory)
        {
            if (max is not { } length || write.Record[field] is not JsonValue value || !value.TryGetValue<string>(out var text) || text.Length <= length)
            {
                return false;
            }

            var shortened = text[..length].TrimEnd();
            write.LeaveOut(field, new FieldNote(field, shortened, type, $"Zoho holds at most {length} characters in {field}: it was written shortened (the source keeps the whole value)"));
            write.Record[field] = shortened;
            write.Texts[field] = shortened;
            return true;
        }

        var why = max is { } m ? $"longer than the {m} characters {field} holds" : type.Length > 0 ? $"not a valid {type}" : "invalid data";
        write.LeaveOut(field, new FieldNote(field, null, type, $"Zoho refused the value as {why}; {field} was not written (the source keeps the value)"));
        return true;
    }

    private static WriteOutcome ToOutcome(ZohoPreparedWrite write, ZohoRecordResult? result)
    {
        if (result is null || result.Success)
        {
            return new WriteOutcome(write.Key, true, result?.Id ?? write.Id, Values: write.Texts.Count > 0 ? write.Texts : null) { Notes = write.Notes };
        }

        return new WriteOutcome(write.Key, false, result.Id, Code: result.Code, Message: ZohoErrorDetails.Message(result.Message, result.Details))
        {
            Details = ZohoErrorDetails.From(result.Details),
        };
    }

    /// <summary>The field's metadata: known for the default map's standard fields, else read once per writer (one call).</summary>
    private async Task<ZohoField?> FieldAsync(string name, CancellationToken cancellationToken)
    {
        if (ZohoKnownFields.Find(name) is { } known)
        {
            return known;
        }

        _metadata ??= (await client.GetContactFieldsAsync(cancellationToken))
            .GroupBy(f => f.ApiName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _metadata.GetValueOrDefault(name);
    }
}
