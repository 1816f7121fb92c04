using System.Collections.Concurrent;
using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// How long the calls on each quota take, from their grant to the end of the attempt (a moving average of the last calls, for
/// ETAs that play the pacer forward), and the engine's own time between a plan's calls: from the end of its attempt to the
/// plan's next request (<see cref="Requested"/>). Thread-safe; the averages are approximate under races, which an estimate can bear.
/// </summary>
internal sealed class CallTimes
{
    /// <summary>The weight of the newest call in the average.</summary>
    private const double Weight = 0.1;

    /// <summary>Plans whose last call's end is kept for their next request (all are dropped past this: runs that ended).</summary>
    public const int MaxPlans = 4096;

    private readonly ConcurrentDictionary<QuotaKey, double> _ticks = new();
    private readonly ConcurrentDictionary<string, long> _endedAt = new(StringComparer.Ordinal);
    private double _gapTicks = double.NaN;

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

        if (permit.Plan.Length > 0)
        {
            if (_endedAt.Count >= MaxPlans)
            {
                _endedAt.Clear();
            }

            _endedAt[permit.Plan] = now;
        }
    }

    /// <summary>
    /// Plan <paramref name="plan"/> requests a call at <paramref name="now"/> (ticks): the time since its last call ended is the
    /// engine's (once per ended call; a request while none has ended since the last one tells nothing).
    /// </summary>
    public void Requested(string plan, long now)
    {
        if (!_endedAt.TryRemove(plan, out var ended) || now < ended)
        {
            return;
        }

        lock (_endedAt)
        {
            var ticks = now - ended;
            _gapTicks = double.IsNaN(_gapTicks) ? ticks : _gapTicks + (Weight * (ticks - _gapTicks));
        }
    }

    /// <summary>The engine's average time between a plan's call ending and its next request; null before one was measured.</summary>
    public TimeSpan? Gap
    {
        get
        {
            lock (_endedAt)
            {
                return double.IsNaN(_gapTicks) ? null : TimeSpan.FromTicks((long)_gapTicks);
            }
        }
    }

    /// <summary>The average call on <paramref name="key"/>; null before one has ended.</summary>
    public TimeSpan? Of(QuotaKey key) => _ticks.TryGetValue(key, out var ticks) ? TimeSpan.FromTicks((long)ticks) : null;
}
