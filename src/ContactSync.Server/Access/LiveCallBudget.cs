using System.Threading.RateLimiting;
using ContactSync.Server.Errors;
using ContactSync.Server.Hosting;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Access;

/// <summary>
/// Each API key's budget of calls that reach Zoho CRM or Google (a token bucket per key: <see cref="LimitSettings.LiveCallBurst"/>
/// at once, then <see cref="LimitSettings.LiveCallsPerMinute"/> per minute). Over budget, the call fails with
/// <see cref="RateLimitExceededException"/> (RESOURCE_EXHAUSTED with a RetryInfo). Work without a caller (the
/// scheduler) is not limited, nor are the calls made inside <see cref="OneRequest"/> (a roll-out: one admin request whose
/// per-user checks are paced by the services' quotas instead).
/// </summary>
internal sealed class LiveCallBudget : IDisposable
{
    private static readonly AsyncLocal<bool> Covered = new();
    private readonly IHttpContextAccessor _http;
    private readonly LimitSettings _settings;
    private readonly PartitionedRateLimiter<string>? _limiter;

    public LiveCallBudget(IHttpContextAccessor http, IOptions<LimitSettings> settings)
    {
        _http = http;
        _settings = settings.Value;
        if (_settings.LiveCallsPerMinute > 0)
        {
            var options = new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, _settings.LiveCallBurst),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / _settings.LiveCallsPerMinute,
                QueueLimit = 0,
                AutoReplenishment = true,
            };
            _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => options));
        }
    }

    /// <summary>
    /// Takes one call for the whole request <paramref name="what"/> and lets the calls made within the returned scope (on this
    /// async flow) pass without counting: RollOutPlans checks permissions, views and groups for every user it is given, which
    /// would spend a 200-user roll-out's budget twice over although the admin asked once. Those calls are still paced by the
    /// quotas of Zoho and Google (the catalogue's quota plan), which is what protects the services.
    /// </summary>
    public IDisposable OneRequest(string what)
    {
        Spend(what);
        var outer = Covered.Value;
        Covered.Value = true;
        return new CoveredScope(outer);
    }

    /// <summary>Takes one call from the calling key's budget (<paramref name="what"/> names it), or throws.</summary>
    public void Spend(string what)
    {
        if (Covered.Value || _limiter is null || _http.HttpContext is not { } context || context.GetCallerOrNull() is not { } caller)
        {
            return;
        }

        using var lease = _limiter.AttemptAcquire(caller.KeyId);
        if (lease.IsAcquired)
        {
            return;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1) / _settings.LiveCallsPerMinute;
        throw new RateLimitExceededException(
            $"This API key has used its calls to Zoho CRM and Google for now ({_settings.LiveCallsPerMinute} per minute, {_settings.LiveCallBurst} at once); " +
            $"{what} was not done. Retry after {Math.Ceiling(retryAfter.TotalSeconds):0} s.",
            retryAfter,
            new Dictionary<string, string>
            {
                ["key_id"] = caller.KeyId,
                ["calls_per_minute"] = _settings.LiveCallsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["burst"] = _settings.LiveCallBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }

    public void Dispose() => _limiter?.Dispose();

    private sealed class CoveredScope(bool outer) : IDisposable
    {
        public void Dispose() => Covered.Value = outer;
    }
}
