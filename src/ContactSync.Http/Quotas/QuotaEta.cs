namespace ContactSync.Http.Quotas;

/// <summary>
/// The least time quotas allow for a body of work (pure: no clock, no I/O). A quota of L units per window W shared by k plans
/// gives each plan L/k units per window, and what is free now at once: n units need ⌈(n − free/k) / (L/k)⌉ more windows
/// (the pacer's sliding window lets the first burst go at once and the next when it is a window old, so this is exact for a
/// burst and an upper bound by less than one window when the free units come back earlier). Calls of equal size pack whole:
/// 30 units a minute hold five calls of 6, 28 only four. The work's time is that of its slowest quota.
/// </summary>
public static class QuotaEta
{
    /// <summary>
    /// The least time for <paramref name="work"/> with each quota's pace from <paramref name="rateOf"/> (null: the nominal rate of
    /// a rate quota, alone and all free; concurrency quotas need a rate with the call duration, else they are left out).
    /// </summary>
    public static QuotaEtaEstimate LeastTime(QuotaWorkload work, Func<QuotaKey, QuotaKeyRate?>? rateOf = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var byKey = new Dictionary<QuotaKey, TimeSpan>();
        QuotaKey? binding = null;
        var longest = TimeSpan.Zero;
        foreach (var need in work.Needs)
        {
            var rate = rateOf?.Invoke(need.Key) ?? (need.Limit.Kind == QuotaKind.Rate ? QuotaKeyRate.Nominal(need.Limit) : null);
            if (rate is null)
            {
                continue;
            }

            var time = Time(need, rate);
            byKey[need.Key] = time;
            if (binding is null || time > longest)
            {
                (binding, longest) = (need.Key, time);
            }
        }

        return new QuotaEtaEstimate(longest, binding, byKey);
    }

    /// <summary>The time one quota needs for <paramref name="need"/> at <paramref name="rate"/>.</summary>
    public static TimeSpan Time(QuotaNeed need, QuotaKeyRate rate)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(rate);
        if (need.Units <= 0)
        {
            return TimeSpan.Zero;
        }

        var plans = Math.Max(1, rate.SharingPlans);
        var call = need.UniformCall;
        var perWindow = (call > 0 ? Math.Max(call, rate.UnitsPerWindow / call * call) : Math.Max(1, rate.UnitsPerWindow)) / (double)plans;
        var now = (call > 0 ? Math.Max(0, rate.AvailableNow) / call * call : Math.Max(0, rate.AvailableNow)) / (double)plans;
        if (need.Units <= now)
        {
            return TimeSpan.Zero;
        }

        var windows = Math.Ceiling(((need.Units - now) / perWindow) - 1e-9);
        return TimeSpan.FromTicks((long)Math.Min(long.MaxValue / 2.0, windows * rate.Window.Ticks));
    }
}
