using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

public sealed partial class ZohoCrmClient
{
    /// <summary>Most rows one COQL call returns (reference §2.8).</summary>
    public const int MaxCoqlLimit = 2000;

    /// <summary>Most rows one COQL query reaches through OFFSET (reference §2.8).</summary>
    public const int MaxCoqlRows = 100_000;

    /// <summary>
    /// Owners per COQL <c>in (…)</c>: the reference is silent on a limit, Zoho's COQL limitations page gives 50 values, so the
    /// client asks at most that many and reads larger sets in several queries.
    /// </summary>
    public const int MaxCoqlInValues = 50;

    /// <summary>
    /// Reads the Contacts of <see cref="ZohoOwnerQuery.OwnerIds"/> with COQL (<c>POST /crm/v8/coql</c>, reference §2.8):
    /// <c>select … from Contacts where Owner in (…) [and Modified_Time &gt; '…'] order by id asc limit offset, n</c>, at most
    /// <see cref="MaxCoqlInValues"/> owners a query. Past <see cref="MaxCoqlRows"/> rows of one query the read goes on with
    /// <c>id &gt;</c> the last id read (offset 0 again). 204 ends a query. Each record is yielded once.
    /// </summary>
    public async IAsyncEnumerable<ZohoRecordPage> QueryContactsByOwnersAsync(ZohoOwnerQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ValidateOwnerQuery(query);
        var yielded = new HashSet<string>(StringComparer.Ordinal);
        var pageNumber = 1;
        foreach (var owners in query.OwnerIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(MaxCoqlInValues))
        {
            var (offset, afterId, lastId) = (0, (string?)null, (string?)null);
            while (true)
            {
                if (offset + query.Limit > MaxCoqlRows)
                {
                    (offset, afterId) = (0, lastId);
                }

                var select = OwnerSelect(query, owners, afterId, offset);
                var (records, more) = await QueryAsync(select, query.ServerTimeObserved, cancellationToken).ConfigureAwait(false);
                lastId = records.Count > 0 ? GetString(records[^1], "id") ?? lastId : lastId;
                if (records.Count > 0)
                {
                    yield return new ZohoRecordPage(records.Where(r => GetString(r, "id") is not { } id || yielded.Add(id)).ToList(), more, pageNumber++);
                }

                if (!more || records.Count == 0)
                {
                    break;
                }

                offset += query.Limit;
            }
        }
    }

    /// <summary>How many Contacts <paramref name="ownerIds"/> own (COQL <c>select COUNT(id)</c>, one call per <see cref="MaxCoqlInValues"/> owners).</summary>
    public async Task<long> CountContactsByOwnersAsync(IReadOnlyCollection<string> ownerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ownerIds);
        long total = 0;
        foreach (var owners in ownerIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(MaxCoqlInValues))
        {
            var (records, _) = await QueryAsync($"select COUNT(id) from Contacts where Owner in ({InList(owners)})", null, cancellationToken).ConfigureAwait(false);
            total += records.Count > 0 && records[0]["COUNT(id)"] is JsonValue count && count.TryGetValue<long>(out var n) ? n : 0;
        }

        return total;
    }

    private async Task<(IReadOnlyList<JsonObject> Records, bool More)> QueryAsync(string select, Action<DateTimeOffset>? serverTimeObserved, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, "coql", new JsonObject { ["select_query"] = select }, null, "POST /crm/v8/coql", cancellationToken).ConfigureAwait(false);
        if (response.Headers.Date is { } serverTime)
        {
            serverTimeObserved?.Invoke(serverTime);
        }

        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return ([], false);
        }

        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return (ReadObjects(body["data"]).ToList(), GetBool(body["info"] as JsonObject, "more_records"));
    }

    private static string OwnerSelect(ZohoOwnerQuery query, string[] owners, string? afterId, int offset)
    {
        var where = $"Owner in ({InList(owners)})";
        if (query.ModifiedSince is { } since)
        {
            where += $" and Modified_Time > '{ZohoTime.Format(since)}'";
        }

        if (afterId is not null)
        {
            where += $" and id > {afterId}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"select {string.Join(", ", query.Fields)} from Contacts where {where} order by id asc limit {offset}, {query.Limit}");
    }

    private static string InList(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => "'" + id + "'"));

    private static void ValidateOwnerQuery(ZohoOwnerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Fields is null || query.Fields.Count == 0 || query.Fields.Count > MaxFieldsPerList)
        {
            throw new ArgumentException($"A COQL read selects 1..{MaxFieldsPerList} fields.", nameof(query));
        }

        if (query.OwnerIds is null || query.OwnerIds.Count == 0 || query.OwnerIds.Any(id => id.Length == 0 || !id.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("A COQL read needs one or more numeric owner ids.", nameof(query));
        }

        if (query.Limit is < 1 or > MaxCoqlLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Limit must be 1..{MaxCoqlLimit}.");
        }
    }
}
