namespace ContactSync.Zoho;

/// <summary>
/// The access token of one Zoho refresh token, with its refresh limiter. Pass the same cache to every
/// <see cref="ZohoCrmClient"/> built for the same credentials (e.g. one client per sync run, each with its own call
/// observer) so they share the token instead of each spending one of Zoho's 10 refreshes per 10 minutes.
/// </summary>
public sealed class ZohoTokenCache
{
    private ZohoCachedToken? _current;

    /// <summary>Creates an empty cache whose refresh limiter runs on <paramref name="time"/>.</summary>
    public ZohoTokenCache(TimeProvider time)
        : this(new ZohoTokenRefreshLimiter(time ?? throw new ArgumentNullException(nameof(time))))
    {
    }

    internal ZohoTokenCache(ZohoTokenRefreshLimiter limiter)
    {
        Limiter = limiter;
    }

    /// <summary>When the cached token expires (MinValue before the first refresh).</summary>
    public DateTimeOffset ExpiresAt { get; internal set; } = DateTimeOffset.MinValue;

    /// <summary>How many refreshes were made through this cache.</summary>
    public int RefreshCount { get; internal set; }

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    internal ZohoTokenRefreshLimiter Limiter { get; }

    /// <summary>The current token, replaced as one object (null before the first refresh).</summary>
    internal ZohoCachedToken? Current { get => Volatile.Read(ref _current); set => Volatile.Write(ref _current, value); }
}
