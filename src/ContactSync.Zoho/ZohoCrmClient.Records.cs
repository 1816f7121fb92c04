using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

namespace ContactSync.Zoho;

public sealed partial class ZohoCrmClient
{
    /// <summary>
    /// Reads Contacts page by page. Yields nothing on 204 (no records) or 304 (none modified since). A page token that
    /// expired during a long read (400 EXPIRED_VALUE, validity 24 h) does not end the read: it starts again from the
    /// first page and yields only records not yielded before (at most <see cref="MaxPageTokenRestarts"/> times). A read
    /// sorted by Modified_Time ascending resumes at the last record yielded instead (If-Modified-Since one second before it).
    /// </summary>
    public async IAsyncEnumerable<ZohoRecordPage> ListContactsAsync(ZohoListQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ValidateListQuery(query);
        var yielded = new HashSet<string>(StringComparer.Ordinal);
        var current = query;
        var restarts = 0;
        DateTimeOffset? lastModified = null;
        int? page = 1;
        string? pageToken = null;
        var listingPage = 1;
        var pageNumber = 1;
        while (true)
        {
            using var response = await SendAsync(HttpMethod.Get, Module + "?" + ListQueryString(current, page, pageToken), null, current.ModifiedSince,
                "GET /crm/v8/Contacts", cancellationToken).ConfigureAwait(false);
            if (response.Headers.Date is { } serverTime)
            {
                query.ServerTimeObserved?.Invoke(serverTime);
            }

            if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotModified)
            {
                yield break;
            }

            if (pageToken is not null && await IsExpiredPageTokenAsync(response, cancellationToken).ConfigureAwait(false))
            {
                if (++restarts > MaxPageTokenRestarts)
                {
                    throw new ZohoApiException("EXPIRED_VALUE", 400, $"Zoho's page token expired {restarts} times during one read of Contacts.");
                }

                ZohoLog.PageTokenExpired(_logger, yielded.Count);
                current = Resumed(query, lastModified);
                (page, pageToken, listingPage) = (1, null, 1);
                continue;
            }

            var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            var info = body["info"] as JsonObject;
            var more = GetBool(info, "more_records");
            var records = ReadObjects(body["data"]).Where(r => GetString(r, "id") is not { } id || yielded.Add(id)).ToList();
            lastModified = LastModified(records) ?? lastModified;
            yield return new ZohoRecordPage(records, more, pageNumber);

            (page, pageToken) = ZohoPaging.Next(listingPage, query.PerPage, more, GetString(info, "next_page_token"));
            if (page is null && pageToken is null)
            {
                yield break;
            }

            listingPage++;
            pageNumber++;
        }
    }

    private static void ValidateListQuery(ZohoListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Fields is null || query.Fields.Count == 0)
        {
            throw new ArgumentException("At least one field is required.", nameof(query));
        }

        if (query.Fields.Count > MaxFieldsPerList)
        {
            throw new ArgumentException($"Zoho returns at most {MaxFieldsPerList} fields per call; {query.Fields.Count} were asked.", nameof(query));
        }

        if (query.PerPage is < 1 or > 200)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "PerPage must be 1..200.");
        }

        if (query.Ids is { Count: 0 or > MaxIdsPerList })
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Ids, when given, are 1..{MaxIdsPerList} record ids.");
        }
    }

    private static string ListQueryString(ZohoListQuery query, int? page, string? pageToken)
    {
        var q = new StringBuilder();
        Append(q, "fields", string.Join(',', query.Fields));
        Append(q, "per_page", query.PerPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(q, "cvid", query.CustomViewId);
        Append(q, "ids", query.Ids is null ? null : string.Join(',', query.Ids));
        Append(q, "sort_by", query.SortBy);
        Append(q, "sort_order", query.SortOrder);
        if (pageToken is not null)
        {
            Append(q, "page_token", pageToken);
        }
        else
        {
            Append(q, "page", (page ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return q.ToString();
    }

    /// <summary>True for Zoho's refusal of a page token whose validity passed (400 EXPIRED_VALUE, reference §2.1).</summary>
    private static async Task<bool> IsExpiredPageTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode == HttpStatusCode.BadRequest
        && GetString(await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false), "code") == "EXPIRED_VALUE";

    /// <summary>
    /// The query a read starts again with after its page token expired: the same one, or for a read sorted by
    /// Modified_Time ascending, one that starts a second before the last record yielded (If-Modified-Since is exclusive
    /// and has second precision; the records of that second already yielded are skipped by id).
    /// </summary>
    private static ZohoListQuery Resumed(ZohoListQuery query, DateTimeOffset? lastModified)
    {
        var ascendingByModified = string.Equals(query.SortBy, "Modified_Time", StringComparison.Ordinal) && string.Equals(query.SortOrder, "asc", StringComparison.Ordinal);
        if (!ascendingByModified || lastModified is not { } last)
        {
            return query;
        }

        var since = last - TimeSpan.FromSeconds(1);
        return query.ModifiedSince is { } original && original > since ? query : query with { ModifiedSince = since };
    }

    private static DateTimeOffset? LastModified(IReadOnlyList<JsonObject> records)
    {
        DateTimeOffset? last = null;
        foreach (var record in records)
        {
            if (ZohoTime.TryParse(GetString(record, "Modified_Time"), out var modified) && (last is null || modified > last))
            {
                last = modified;
            }
        }

        return last;
    }

    /// <summary>Reads deleted Contacts (recycle bin and permanent), optionally only those deleted after <paramref name="modifiedSince"/>.</summary>
    public async IAsyncEnumerable<ZohoDeletedPage> ListDeletedContactsAsync(DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"{Module}/deleted?type=all&page={page}&per_page=200", null, modifiedSince,
                "GET /crm/v8/Contacts/deleted", cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotModified)
            {
                yield break;
            }

            var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            var records = new List<ZohoDeletedRecord>();
            foreach (var item in ReadObjects(body["data"]))
            {
                var id = GetString(item, "id");
                if (id is null)
                {
                    continue;
                }

                _ = ZohoTime.TryParse(GetString(item, "deleted_time"), out var deletedTime);
                records.Add(new ZohoDeletedRecord(id, deletedTime, GetString(item, "display_name"), GetString(item, "type"),
                    GetString(item["deleted_by"] as JsonObject, "id")));
            }

            var more = GetBool(body["info"] as JsonObject, "more_records");
            yield return new ZohoDeletedPage(records, more, page);
            if (!more)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads one Contact, or null if it does not exist or is not visible.</summary>
    public async Task<JsonObject?> GetContactAsync(string id, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var path = $"{Module}/{Uri.EscapeDataString(id)}";
        if (fields is { Count: > 0 })
        {
            path += "?fields=" + Uri.EscapeDataString(string.Join(',', fields));
        }

        using var response = await SendAsync(HttpMethod.Get, path, null, null, "GET /crm/v8/Contacts/{id}", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotFound)
        {
            return null;
        }

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var error = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            if (GetString(error, "code") is "INVALID_DATA" or "NO_CONTENT" or "INVALID_URL_PATTERN")
            {
                return null;
            }

            throw ToException(response, error);
        }

        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return FirstObject(body["data"]);
    }

    /// <summary>Searches Contacts by email (all email fields); empty when none (or not yet indexed).</summary>
    public async Task<IReadOnlyList<JsonObject>> SearchContactsByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(email);
        var all = new List<JsonObject>();
        for (var page = 1; page <= 10; page++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"{Module}/search?email={Uri.EscapeDataString(email)}&page={page}&per_page=200", null, null,
                "GET /crm/v8/Contacts/search", cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotModified)
            {
                break;
            }

            var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            all.AddRange(ReadObjects(body["data"]));
            if (!GetBool(body["info"] as JsonObject, "more_records"))
            {
                break;
            }
        }

        return all;
    }

    /// <summary>
    /// How many Contacts the user sees, in a view when <paramref name="customViewId"/> is given
    /// (GET /Contacts/actions/count, one call; the OAS types the count as a string, a number is read too).
    /// </summary>
    public async Task<long> CountContactsAsync(string? customViewId, CancellationToken cancellationToken)
    {
        var path = string.IsNullOrEmpty(customViewId) ? $"{Module}/actions/count" : $"{Module}/actions/count?cvid={Uri.EscapeDataString(customViewId)}";
        using var response = await SendAsync(HttpMethod.Get, path, null, null, "GET /crm/v8/Contacts/actions/count", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return 0;
        }

        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return long.TryParse(GetString(body, "count"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new ZohoApiException("INVALID_RESPONSE", (int)response.StatusCode, "Zoho's record count had no number.");
    }
}
