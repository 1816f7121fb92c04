using System.Threading.RateLimiting;
using ContactSync.Server.Errors;
using ContactSync.Server.Hosting;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Access;

/// <summary>
/// Each API key's budget of calls that reach Zoho CRM or Google (a token bucket per key: <see cref="LimitSettings.LiveCallBurst"/>
/// at once, then <see cref="LimitSettings.LiveCallsPerMinute"/> per minute). Over budget, the call fails with
/// <see cref="RateLimitExceededException"/> (RESOURCE_EXHAUSTED with a RetryInfo). Work without a caller (the
/// scheduler) is not limited.
/// </summary>
internal sealed class LiveCallBudget : IDisposable
{
    private readonly IHttpContextAccessor http;
    private readonly LimitSettings settings;
    private readonly PartitionedRateLimiter<string>? limiter;

    public LiveCallBudget(IHttpContextAccessor http, IOptions<LimitSettings> settings)
    {
        this.http = http;
        this.settings = settings.Value;
        if (this.settings.LiveCallsPerMinute > 0)
        {
            var options = new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, this.settings.LiveCallBurst),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / this.settings.LiveCallsPerMinute,
                QueueLimit = 0,
                AutoReplenishment = true,
            };
            limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => options));
        }
    }

    /// <summary>Takes one call from the calling key's budget (<paramref name="what"/> names it), or throws.</summary>
    public void Spend(string what)
    {
        if (limiter is null || http.HttpContext is not { } context || context.GetCallerOrNull() is not { } caller)
        {
            return;
        }

        using var lease = limiter.AttemptAcquire(caller.KeyId);
        if (lease.IsAcquired)
        {
            return;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1) / settings.LiveCallsPerMinute;
        throw new RateLimitExceededException(
            $"This API key has used its calls to Zoho CRM and Google for now ({settings.LiveCallsPerMinute} per minute, {settings.LiveCallBurst} at once); " +
            $"{what} was not done. Retry after {Math.Ceiling(retryAfter.TotalSeconds):0} s.",
            retryAfter,
            new Dictionary<string, string>
            {
                ["key_id"] = caller.KeyId,
                ["calls_per_minute"] = settings.LiveCallsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["burst"] = settings.LiveCallBurst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }

    public void Dispose() => limiter?.Dispose();
}
