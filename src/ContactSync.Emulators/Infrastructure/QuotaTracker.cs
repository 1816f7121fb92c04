namespace ContactSync.Emulators.Infrastructure;

/// <summary>Per-principal requests-per-minute quota (fixed one-minute windows on the emulator clock).</summary>
internal sealed class QuotaTracker(TimeProvider time)
{
    private readonly object _sync = new();
    private readonly Dictionary<string, (long Minute, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts one call; returns the seconds to wait when the quota is exhausted, else 0.</summary>
    public int Hit(string principal, int perMinute)
    {
        if (perMinute <= 0)
        {
            return 0;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var minute = now / 60;
        lock (_sync)
        {
            var w = _windows.TryGetValue(principal, out var cur) && cur.Minute == minute ? cur : (minute, 0);
            if (w.Item2 >= perMinute)
            {
                return (int)Math.Max(1, ((minute + 1) * 60) - now);
            }

            _windows[principal] = (minute, w.Item2 + 1);
            return 0;
        }
    }
}
