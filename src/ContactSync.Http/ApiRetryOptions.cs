using ContactSync.Http.Pacing;

namespace ContactSync.Http;

/// <summary>The retry settings every API client shares (Zoho CRM and Google People options derive from it).</summary>
public abstract class ApiRetryOptions
{
    /// <summary>How many times a call is retried after 429, 500, 502, 503, 504, a dropped connection or a timed-out attempt. Default 5.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off delay (doubled per attempt, with jitter). Default 1 second.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait between retries, also the cap on a server's Retry-After. Default 60 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Timeout of one HTTP attempt (10 ms to 24 h). A timed-out attempt of a call that is not safe to repeat (see
    /// <see cref="IdempotencyRules"/>) is not repeated: its outcome is unknown. Default 100 s.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Pacing by the services' quotas: every attempt waits for its units in the shared pacer first (see <see cref="QuotaPacing"/>).
    /// Null (the default): no pacing.
    /// </summary>
    public QuotaPacing? Pacing { get; set; }
}
