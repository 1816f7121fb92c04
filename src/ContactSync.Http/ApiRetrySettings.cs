using ContactSync.Http.Pacing;

namespace ContactSync.Http;

/// <summary>A snapshot of <see cref="ApiRetryOptions"/> taken when the pipelines are built (the options stay mutable).</summary>
internal sealed record ApiRetrySettings(int MaxRetries, TimeSpan BaseRetryDelay, TimeSpan MaxRetryDelay, TimeSpan RequestTimeout)
{
    /// <summary>Quota pacing of every attempt; null: none.</summary>
    public QuotaPacing? Pacing { get; init; }

    public static ApiRetrySettings From(ApiRetryOptions options) =>
        new(Math.Max(0, options.MaxRetries), options.BaseRetryDelay, options.MaxRetryDelay, options.RequestTimeout) { Pacing = options.Pacing };
}
