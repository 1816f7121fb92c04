namespace ContactSync.Zoho;

/// <summary>
/// Zoho allows at most 10 access tokens per 10 minutes per refresh token. This sliding window records
/// refreshes and says how long to wait before the next one is allowed.
/// </summary>
internal sealed class ZohoTokenRefreshLimiter(TimeProvider time, int maxRefreshes = 10, TimeSpan? window = null)
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly TimeSpan _window = window ?? TimeSpan.FromMinutes(10);
    private readonly Lock _lock = new();

    /// <summary>Records a refresh and returns <see cref="TimeSpan.Zero"/>, or returns the wait (recording nothing).</summary>
    public TimeSpan TryAcquire()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_recent.Count > 0 && now - _recent.Peek() >= _window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= maxRefreshes)
            {
                return _recent.Peek() + _window - now;
            }

            _recent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
