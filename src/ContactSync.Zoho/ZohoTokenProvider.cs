using System.Text.Json.Nodes;
using ContactSync.Http;
using Microsoft.Extensions.Logging;

namespace ContactSync.Zoho;

/// <summary>
/// Caches the Zoho access token, refreshes it before expiry and once after an INVALID_TOKEN, and never
/// refreshes more than 10 times per 10 minutes (the 11th attempt fails with TOKEN_REFRESH_LIMIT).
/// </summary>
internal sealed class ZohoTokenProvider
{
    private readonly HttpClient _http;
    private readonly ZohoClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ApiResilience _resilience;
    private readonly ILogger _logger;
    private readonly ZohoTokenCache _cache;

    public ZohoTokenProvider(HttpClient http, ZohoClientOptions options, TimeProvider time,
        ApiResilience resilience, ILogger logger, ZohoTokenCache? cache = null)
    {
        _http = http;
        _options = options;
        _time = time;
        _resilience = resilience;
        _logger = logger;
        _cache = cache ?? new ZohoTokenCache(time);
    }

    /// <summary>When the cached token expires (MinValue before the first refresh).</summary>
    public DateTimeOffset ExpiresAt => _cache.ExpiresAt;

    /// <summary>The <c>api_domain</c> of the latest token response (null before the first refresh or when it named none).</summary>
    public string? ApiDomain => _cache.Current?.ApiDomain;

    /// <summary>How many refreshes were made through this provider's cache.</summary>
    public int RefreshCount => _cache.RefreshCount;

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_cache.Current is { } current && _time.GetUtcNow() < current.RefreshAt)
        {
            return current.Token;
        }

        await _cache.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cache.Current is { } again && _time.GetUtcNow() < again.RefreshAt)
            {
                return again.Token;
            }

            return await RefreshCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _cache.Gate.Release();
        }
    }

    /// <summary>Called after the API rejected <paramref name="rejectedToken"/>: refreshes unless another caller already did.</summary>
    public async ValueTask<string> RefreshAfterRejectionAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        await _cache.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cache.Current is { } current && current.Token != rejectedToken && _time.GetUtcNow() < current.RefreshAt)
            {
                return current.Token;
            }

            return await RefreshCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _cache.Gate.Release();
        }
    }

    private async Task<string> RefreshCoreAsync(CancellationToken cancellationToken)
    {
        var wait = _cache.Limiter.TryAcquire();
        if (wait > TimeSpan.Zero)
        {
            ZohoLog.RefreshLimitReached(_logger, wait.TotalSeconds);
            throw new ZohoApiException("TOKEN_REFRESH_LIMIT", 0,
                $"Zoho allows 10 access-token refreshes per 10 minutes per refresh token; the next is allowed in {Math.Ceiling(wait.TotalSeconds)} s.");
        }

        var url = new Uri(_options.EffectiveAccountsUrl + "/oauth/v2/token");
        using var response = await _resilience.ExecuteAsync(HttpMethod.Post, url, "POST /oauth/v2/token", async ct =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = _options.ClientId,
                    ["client_secret"] = _options.ClientSecret,
                    ["refresh_token"] = _options.RefreshToken,
                }),
            };
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // handled below
        }

        var accessToken = body?["access_token"]?.GetValue<string>();
        if (!response.IsSuccessStatusCode || body is null || string.IsNullOrEmpty(accessToken))
        {
            var error = body?["error"]?.ToString() ?? "TOKEN_REFRESH_FAILED";
            var description = body?["error_description"]?.ToString() ?? "The Zoho accounts server did not return an access token.";
            throw new ZohoApiException(error, (int)response.StatusCode, description);
        }

        var lifetime = TimeSpan.FromSeconds(ReadExpiresInSeconds(body));
        var now = _time.GetUtcNow();
        var margin = _options.TokenRefreshMargin < lifetime / 4 ? _options.TokenRefreshMargin : lifetime / 4;
        var expiresAt = now + lifetime;
        _cache.ExpiresAt = expiresAt;
        _cache.Current = new ZohoCachedToken(accessToken, expiresAt - margin, ReadApiDomain(body));
        _cache.RefreshCount++;
        ZohoLog.TokenRefreshed(_logger, lifetime.TotalSeconds);
        return accessToken;
    }

    /// <summary>
    /// The token response's <c>api_domain</c>, the API domain of the org's data centre (reference §4), when it is an
    /// absolute http(s) URL; anything else is ignored and the configured or data-centre URL stays in use.
    /// </summary>
    internal static string? ReadApiDomain(JsonObject body) =>
        body["api_domain"] is JsonValue value && value.TryGetValue<string>(out var text)
            && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;

    internal static double ReadExpiresInSeconds(JsonObject body)
    {
        if (body["expires_in_sec"] is JsonValue sec && sec.TryGetValue<double>(out var s))
        {
            return s;
        }

        if (body["expires_in"] is JsonValue ein && ein.TryGetValue<double>(out var e))
        {
            // Older responses gave milliseconds in expires_in (with expires_in_sec beside it).
            return e > 86_400 ? e / 1000 : e;
        }

        return 3600;
    }
}
