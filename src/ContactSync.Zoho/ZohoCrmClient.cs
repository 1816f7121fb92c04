using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactSync.Core.Diagnostics;
using ContactSync.Http;
using ContactSync.Http.Pacing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactSync.Zoho;

/// <summary>
/// Typed client of the Zoho CRM v8 REST API for the Contacts module: OAuth refresh, paging (page, then
/// page_token past 2000 records), If-Modified-Since reads, deleted records, metadata, writes in batches of
/// 100 with per-record outcomes, and retries on the shared <see cref="ApiResilience"/> pipeline (429/5xx/transport, exponential
/// back-off with jitter, Retry-After). Inserts, upserts and deletes are not safe to repeat (<see cref="IdempotencyRules"/>): they
/// are retried only after 429, and a 5xx, dropped connection or timeout throws <see cref="ZohoOutcomeUnknownException"/>
/// (callers that need each call's outcome pass at most 100).
/// </summary>
public sealed class ZohoCrmClient
{
    /// <summary>The most records one insert/update/upsert/delete call accepts.</summary>
    public const int MaxRecordsPerWrite = 100;

    /// <summary>The most fields one Get Records call accepts.</summary>
    public const int MaxFieldsPerList = 50;

    /// <summary>How often one read starts again after its page token expired before it gives up.</summary>
    public const int MaxPageTokenRestarts = 3;

    private const string Module = "Contacts";
    private readonly HttpClient _http;
    private readonly ZohoClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ApiResilience _resilience;
    private readonly ZohoTokenProvider _tokens;
    private long _lastServerTicks = long.MinValue;

    /// <summary>Creates the client. <paramref name="http"/> is not disposed by it.</summary>
    public ZohoCrmClient(HttpClient http, ZohoClientOptions options, TimeProvider time, IApiCallObserver? observer = null, ILogger<ZohoCrmClient>? logger = null)
        : this(http, options, time, observer, logger, null)
    {
    }

    /// <summary>
    /// Creates the client on a shared <paramref name="tokenCache"/> (null: its own), so several clients of the same
    /// credentials (e.g. one per run, each with its own observer) share one access token. <paramref name="http"/> is not disposed.
    /// </summary>
    public ZohoCrmClient(HttpClient http, ZohoClientOptions options, TimeProvider time, IApiCallObserver? observer, ILogger<ZohoCrmClient>? logger,
        ZohoTokenCache? tokenCache)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _http = http;
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var log = _logger;
        _resilience = new ApiResilience("zoho", options, time, observer ?? NullApiCallObserver.Instance,
            (operation, status, attempt, delayMs) => ZohoLog.Retrying(log, operation, status, attempt, delayMs));
        _tokens = new ZohoTokenProvider(http, options, time, _resilience, _logger, tokenCache);
    }

    internal ZohoTokenProvider Tokens => _tokens;

    /// <summary>The quota pacing its calls wait in, with the org's cost model (null: not paced).</summary>
    public QuotaPacing? Pacing => _options.Pacing;

    /// <summary>The CRM's clock as the <c>Date</c> header of the latest response showed it (second precision); null before any.</summary>
    public DateTimeOffset? LastServerTime
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastServerTicks);
            return ticks == long.MinValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>
    /// The API base URL calls go to: the configured <see cref="ZohoClientOptions.ApiBaseUrl"/>, else the <c>api_domain</c>
    /// the accounts server named with the access token (the org's data centre), else the data centre's default.
    /// </summary>
    public string ApiBaseUrl => _options.ApiBaseUrl is { Length: > 0 } explicitUrl
        ? explicitUrl.TrimEnd('/')
        : _tokens.ApiDomain ?? _options.EffectiveApiBaseUrl;

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
    }

    private static string ListQueryString(ZohoListQuery query, int? page, string? pageToken)
    {
        var q = new StringBuilder();
        Append(q, "fields", string.Join(',', query.Fields));
        Append(q, "per_page", query.PerPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(q, "cvid", query.CustomViewId);
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

                ZohoTime.TryParse(GetString(item, "deleted_time"), out var deletedTime);
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
        return ReadObjects(body["data"]).FirstOrDefault();
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

    /// <summary>The Contacts fields (GET /settings/fields?module=Contacts).</summary>
    public async Task<IReadOnlyList<ZohoField>> GetContactFieldsAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "settings/fields?module=Contacts", null, null, "GET /crm/v8/settings/fields", cancellationToken).ConfigureAwait(false);
        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return ReadObjects(body["fields"]).Select(f => new ZohoField(
            GetString(f, "id"),
            GetString(f, "api_name") ?? "",
            GetString(f, "field_label") ?? GetString(f, "display_label"),
            GetString(f, "data_type"),
            GetString(f, "json_type"),
            f["length"] is JsonValue len && len.TryGetValue<int>(out var l) ? l : null,
            GetBool(f, "custom_field"),
            GetBool(f, "read_only") || GetBool(f, "field_read_only"),
            GetBool(f, "system_mandatory"),
            ReadObjects(f["pick_list_values"]).Select(p => GetString(p, "actual_value") ?? GetString(p, "display_value") ?? "").ToArray())).ToArray();
    }

    /// <summary>The Contacts list views (GET /settings/custom_views?module=Contacts), all pages.</summary>
    public async Task<IReadOnlyList<ZohoCustomView>> GetContactViewsAsync(CancellationToken cancellationToken)
    {
        var views = new List<ZohoCustomView>();
        for (var page = 1; page <= 50; page++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"settings/custom_views?module=Contacts&page={page}&per_page=200", null, null,
                "GET /crm/v8/settings/custom_views", cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                break;
            }

            var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            var info = body["info"] as JsonObject;
            var defaultId = GetString(info, "default");
            foreach (var v in ReadObjects(body["custom_views"]))
            {
                var id = GetString(v, "id") ?? "";
                views.Add(new ZohoCustomView(id, GetString(v, "name"), GetString(v, "system_name"),
                    GetBool(v, "default") || (defaultId is not null && defaultId == id), GetString(v, "display_value"), GetString(v, "category")));
            }

            if (!GetBool(info, "more_records"))
            {
                break;
            }
        }

        return views;
    }

    /// <summary>The CRM user the refresh token belongs to.</summary>
    public async Task<ZohoUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "users?type=CurrentUser", null, null, "GET /crm/v8/users", cancellationToken).ConfigureAwait(false);
        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var user = ReadObjects(body["users"]).FirstOrDefault()
            ?? throw new ZohoApiException("NO_CONTENT", (int)response.StatusCode, "Zoho returned no current user.");
        return ToUser(user);
    }

    /// <summary>All CRM users (type=AllUsers), all pages.</summary>
    public async Task<IReadOnlyList<ZohoUser>> GetUsersAsync(CancellationToken cancellationToken)
    {
        var users = new List<ZohoUser>();
        for (var page = 1; page <= 100; page++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"users?type=AllUsers&page={page}&per_page=200", null, null, "GET /crm/v8/users", cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                break;
            }

            var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            users.AddRange(ReadObjects(body["users"]).Select(ToUser));
            if (!GetBool(body["info"] as JsonObject, "more_records"))
            {
                break;
            }
        }

        return users;
    }

    /// <summary>A profile with its permissions (GET /settings/profiles/{id}).</summary>
    public async Task<ZohoProfile> GetProfileAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using var response = await SendAsync(HttpMethod.Get, $"settings/profiles/{Uri.EscapeDataString(id)}", null, null, "GET /crm/v8/settings/profiles/{id}", cancellationToken).ConfigureAwait(false);
        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var profile = ReadObjects(body["profiles"]).FirstOrDefault()
            ?? throw new ZohoApiException("NO_CONTENT", (int)response.StatusCode, $"Zoho returned no profile {id}.");
        var permissions = ReadObjects(profile["permissions_details"]).Select(p => new ZohoPermission(
            GetString(p, "id"), GetString(p, "name") ?? "", GetString(p, "display_label"), GetString(p, "module"), GetBool(p, "enabled"))).ToArray();
        return new ZohoProfile(GetString(profile, "id") ?? id, GetString(profile, "name"), permissions);
    }

    /// <summary>The role hierarchy (GET /settings/roles).</summary>
    public async Task<IReadOnlyList<ZohoRole>> GetRolesAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "settings/roles", null, null, "GET /crm/v8/settings/roles", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return [];
        }

        var body = await ReadSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return ReadObjects(body["roles"]).Select(r => new ZohoRole(GetString(r, "id") ?? "", GetString(r, "name"), GetString(r, "display_label"),
            GetString(r["reporting_to"] as JsonObject, "id"), GetBool(r, "share_with_peers"))).ToArray();
    }

    /// <summary>Connection test: obtains an access token and reads the current user.</summary>
    public async Task<ZohoTokenInfo> TestAsync(CancellationToken cancellationToken)
    {
        await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        var user = await GetCurrentUserAsync(cancellationToken).ConfigureAwait(false);
        return new ZohoTokenInfo(ApiBaseUrl, _tokens.ExpiresAt, user);
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

    private async Task<IReadOnlyList<JsonObject>> ReadWriteEntriesAsync(HttpResponseMessage response, CancellationToken cancellationToken)
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

    private static ZohoUser ToUser(JsonObject u)
    {
        var role = u["role"] as JsonObject;
        var profile = u["profile"] as JsonObject;
        long? offset = u["offset"] is JsonValue ov && ov.TryGetValue<long>(out var o) ? o : null;
        return new ZohoUser(GetString(u, "id") ?? "", GetString(u, "full_name"), GetString(u, "email"), GetString(role, "id"), GetString(role, "name"),
            GetString(profile, "id"), GetString(profile, "name"), GetString(u, "time_zone"), offset, GetString(u, "status"));
    }

    /// <summary>The URL path of a call to <paramref name="relativePath"/> (query left out), as <see cref="IdempotencyRules"/> reads it.</summary>
    private static string ApiPath(string relativePath) => "/crm/v8/" + relativePath.Split('?', 2)[0];

    /// <summary>Sends one logical call: token, retries (the shared pipeline, by <see cref="IdempotencyRules"/>) and one refresh after INVALID_TOKEN.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativePath, JsonObject? body, DateTimeOffset? ifModifiedSince,
        string operation, CancellationToken cancellationToken)
    {
        var payload = body?.ToJsonString();
        var records = body?["data"] is JsonArray data ? data.Count : 0;
        var refreshed = false;
        while (true)
        {
            var token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            var uri = new Uri(ApiBaseUrl + "/crm/v8/" + relativePath);
            var response = await _resilience.ExecuteAsync(method, uri, operation, records, async ct =>
            {
                using var request = new HttpRequestMessage(method, uri);
                request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", token);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                if (ifModifiedSince is { } since)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", ZohoTime.Format(since));
                }

                if (payload is not null)
                {
                    request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
                }

                var r = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
                if (r.Headers.Date is { } date)
                {
                    Interlocked.Exchange(ref _lastServerTicks, date.UtcTicks);
                }

                return r;
            }, cancellationToken).ConfigureAwait(false);

            if (response.StatusCode != HttpStatusCode.Unauthorized || refreshed)
            {
                return response;
            }

            var error = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            var code = GetString(error, "code") ?? "";
            if (code is not ("INVALID_TOKEN" or "AUTHENTICATION_FAILURE"))
            {
                return response;
            }

            ZohoLog.TokenRejected(_logger, code, operation);
            response.Dispose();
            refreshed = true;
            await _tokens.RefreshAfterRejectionAsync(token, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<JsonObject> ReadSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw ToException(response, body);
        }

        return body ?? new JsonObject();
    }

    private static async Task<JsonObject?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ZohoApiException ToException(HttpResponseMessage response, JsonObject? body)
    {
        var status = (int)response.StatusCode;
        var code = GetString(body, "code") ?? (status == 429 ? "TOO_MANY_REQUESTS" : $"HTTP_{status}");
        var message = GetString(body, "message") ?? response.ReasonPhrase ?? "Zoho CRM call failed.";
        return new ZohoApiException(code, status, message, (JsonObject?)(body?["details"] as JsonObject)?.DeepClone());
    }

    private static IReadOnlyList<JsonObject> ReadObjects(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>().ToArray() : [];

    internal static string? GetString(JsonObject? obj, string name) =>
        obj?[name] switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v => v.ToJsonString(),
            _ => null,
        };

    private static bool GetBool(JsonObject? obj, string name) =>
        obj?[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
