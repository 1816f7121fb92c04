namespace ContactSync.Server.Quotas;

/// <summary>
/// The units of a sliding-window quota as they become free, in time order (for <see cref="PacerSimulation"/>): what is free
/// now, the units in use coming back evenly over the window, and each grant's units one window after it. Not thread-safe.
/// </summary>
internal sealed class UnitFlow
{
    /// <summary>The units in use now come back in this many even steps.</summary>
    private const int UsedSteps = 64;

    private readonly List<(long At, long Units)> _free = [];
    private readonly long _window;
    private readonly long _limit;
    private int _head;
    private long _headTaken;

    public UnitFlow(SimulatedQuota quota)
    {
        ArgumentNullException.ThrowIfNull(quota);
        _window = Math.Max(1, quota.Window.Ticks);
        _limit = quota.UnitsPerWindow;
        var available = Math.Clamp(quota.AvailableNow, 0, _limit);
        _free.Add((0, available));
        var used = _limit - available;
        var from = Math.Clamp(quota.UsedFreeFrom.Ticks, 0, _window);
        var steps = (int)Math.Min(used, UsedSteps);
        for (var i = 1; i <= steps; i++)
        {
            var units = (used * i / steps) - (used * (i - 1) / steps);
            _free.Add((from + ((_window - from) * i / steps), units));
        }
    }

    /// <summary>When <paramref name="units"/> (at most a window's) are free, counting from what is taken so far.</summary>
    public long FreeAt(long units)
    {
        var need = Math.Min(units, _limit);
        var have = -_headTaken;
        for (var i = _head; i < _free.Count; i++)
        {
            have += _free[i].Units;
            if (have >= need)
            {
                return _free[i].At;
            }
        }

        return _free.Count > 0 ? _free[^1].At : 0;
    }

    /// <summary>Takes <paramref name="units"/> at <paramref name="at"/> (no earlier than <see cref="FreeAt"/>); they are free again a window later.</summary>
    public void Take(long units, long at)
    {
        var need = Math.Min(units, _limit);
        var left = need;
        while (left > 0 && _head < _free.Count)
        {
            var rest = _free[_head].Units - _headTaken;
            if (rest > left)
            {
                _headTaken += left;
                left = 0;
            }
            else
            {
                left -= rest;
                _head++;
                _headTaken = 0;
            }
        }

        _free.Add((at + _window, need));
    }
}
