namespace ContactSync.Emulators.Quotas;

/// <summary>Credits spent in a rolling window (Zoho: the last 24 hours), on the emulator clock.</summary>
internal sealed class RollingCreditWindow(TimeProvider time)
{
    private readonly object _sync = new();
    private readonly Queue<(long Ticks, long Credits)> _spent = new();
    private long _total;

    /// <summary>Spends the credits if the window has room; false otherwise (nothing spent).</summary>
    public bool TrySpend(long credits, long limit, TimeSpan window)
    {
        lock (_sync)
        {
            Expire(window);
            if (limit > 0 && _total + credits > limit)
            {
                return false;
            }

            _spent.Enqueue((time.GetUtcNow().UtcTicks, credits));
            _total += credits;
            return true;
        }
    }

    /// <summary>Credits spent within the window now.</summary>
    public long Spent(TimeSpan window)
    {
        lock (_sync)
        {
            Expire(window);
            return _total;
        }
    }

    /// <summary>Time until the oldest spend leaves the window (zero when nothing is spent).</summary>
    public TimeSpan UntilOldestExpires(TimeSpan window)
    {
        lock (_sync)
        {
            Expire(window);
            if (_spent.Count == 0)
            {
                return TimeSpan.Zero;
            }

            var left = _spent.Peek().Ticks + window.Ticks - time.GetUtcNow().UtcTicks;
            return TimeSpan.FromTicks(Math.Max(0, left));
        }
    }

    /// <summary>Forgets all spending.</summary>
    public void Reset()
    {
        lock (_sync)
        {
            _spent.Clear();
            _total = 0;
        }
    }

    private void Expire(TimeSpan window)
    {
        var cutoff = time.GetUtcNow().UtcTicks - window.Ticks;
        while (_spent.Count > 0 && _spent.Peek().Ticks <= cutoff)
        {
            _total -= _spent.Dequeue().Credits;
        }
    }
}
