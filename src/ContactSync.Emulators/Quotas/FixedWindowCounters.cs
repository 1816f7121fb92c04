namespace ContactSync.Emulators.Quotas;

/// <summary>
/// Per-key usage in fixed windows aligned to multiples of the window length on the emulator clock (a "per minute" quota
/// refills at each minute boundary). Google does not document whether its windows are fixed or sliding; fixed windows are
/// the more permissive reading, so a client that stays within them by a sliding count is safe either way.
/// </summary>
internal sealed class FixedWindowCounters(TimeProvider time)
{
    private readonly object _sync = new();
    private readonly Dictionary<string, (long Window, long Used)> _usage = new(StringComparer.Ordinal);

    /// <summary>Takes every charge, or none: returns the first charge that would pass its limit.</summary>
    public QuotaCharge? TryTake(IReadOnlyList<QuotaCharge> charges)
    {
        var now = time.GetUtcNow().UtcTicks;
        lock (_sync)
        {
            foreach (var charge in charges)
            {
                if (charge.Limit > 0 && Used(charge, now) + charge.Units > charge.Limit)
                {
                    return charge;
                }
            }

            foreach (var charge in charges)
            {
                var window = WindowOf(charge, now);
                _usage[charge.Counter] = (window, Used(charge, now) + charge.Units);
            }

            return null;
        }
    }

    /// <summary>Time until the counter's current window ends.</summary>
    public TimeSpan UntilNextWindow(QuotaCharge charge)
    {
        var now = time.GetUtcNow().UtcTicks;
        var ticks = Math.Max(1, charge.Window.Ticks);
        return TimeSpan.FromTicks(ticks - (now % ticks));
    }

    /// <summary>Forgets all usage.</summary>
    public void Reset()
    {
        lock (_sync)
        {
            _usage.Clear();
        }
    }

    private long Used(QuotaCharge charge, long now) =>
        _usage.TryGetValue(charge.Counter, out var u) && u.Window == WindowOf(charge, now) ? u.Used : 0;

    private static long WindowOf(QuotaCharge charge, long now) => now / Math.Max(1, charge.Window.Ticks);
}
