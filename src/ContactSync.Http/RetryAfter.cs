namespace ContactSync.Http;

/// <summary>Reads a Retry-After header (delta seconds or HTTP date) as a wait from now, never negative.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Get(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
