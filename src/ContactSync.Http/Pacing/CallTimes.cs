using System.Collections.Concurrent;
using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// How long the calls on each quota take, from their grant to the end of the attempt (a moving average of the last calls, for
/// ETAs that play the pacer forward). Thread-safe; the averages are approximate under races, which an estimate can bear.
/// </summary>
internal sealed class CallTimes
{
    /// <summary>The weight of the newest call in the average.</summary>
    private const double Weight = 0.1;

    private readonly ConcurrentDictionary<QuotaKey, double> _ticks = new();

    /// <summary>The attempt of <paramref name="permit"/> has ended at <paramref name="now"/> (ticks); only calls <paramref name="sent"/> count.</summary>
    public void Ended(QuotaPermit permit, bool sent, long now)
    {
        var ticks = now - permit.GrantedTicks;
        if (!sent || ticks < 0)
        {
            return;
        }

        foreach (var charge in permit.Charges)
        {
            _ticks.AddOrUpdate(charge.Key, ticks, (_, old) => old + (Weight * (ticks - old)));
        }
    }

    /// <summary>The average call on <paramref name="key"/>; null before one has ended.</summary>
    public TimeSpan? Of(QuotaKey key) => _ticks.TryGetValue(key, out var ticks) ? TimeSpan.FromTicks((long)ticks) : null;
}
