using System.Net;
using System.Net.Http.Headers;
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
public sealed partial class ZohoCrmClient
{
    /// <summary>The most records one insert/update/upsert/delete call accepts.</summary>
    public const int MaxRecordsPerWrite = 100;

    /// <summary>The most fields one Get Records call accepts.</summary>
    public const int MaxFieldsPerList = 50;

    /// <summary>The most record ids one Get Records call takes (<c>ids</c>; as for writes and deletes).</summary>
    public const int MaxIdsPerList = 100;

    /// <summary>How often one read starts again after its page token expired before it gives up.</summary>
    public const int MaxPageTokenRestarts = 3;

    private const string Module = "Contacts";
    private readonly HttpClient _http;
    private readonly ZohoClientOptions _options;
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

    /// <summary>Connection test: obtains an access token and reads the current user.</summary>
    public async Task<ZohoTokenInfo> TestAsync(CancellationToken cancellationToken)
    {
        await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        var user = await GetCurrentUserAsync(cancellationToken).ConfigureAwait(false);
        return new ZohoTokenInfo(ApiBaseUrl, _tokens.ExpiresAt, user);
    }

    /// <summary>The URL path of a call to <paramref name="relativePath"/> (query left out), as <see cref="IdempotencyRules"/> reads it.</summary>
    private static string ApiPath(string relativePath) => "/crm/v8/" + relativePath.Split('?', 2)[0];

    /// <summary>Sends one logical call: token, retries (the shared pipeline, by <see cref="IdempotencyRules"/>) and one refresh after INVALID_TOKEN.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativePath, JsonObject? body, DateTimeOffset? ifModifiedSince,
        string operation, CancellationToken cancellationToken)
    {
        var payload = body?.ToJsonString();
        var records = body?["data"] is JsonArray data ? data.Count
            : body?["select_query"] is JsonValue query ? Http.Quotas.ZohoQuotaCalls.RowsAsked(query.GetValue<string>()) : 0;
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

    private static JsonObject[] ReadObjects(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>().ToArray() : [];

    private static JsonObject? FirstObject(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>().FirstOrDefault() : null;

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
