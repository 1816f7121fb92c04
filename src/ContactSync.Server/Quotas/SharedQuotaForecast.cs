using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// When a run's calls on a quota it shares with other runs are done: every active run's remaining calls on it, each joining
/// once its reads are done (<see cref="ReadPace"/>), played through the pacer's order (<see cref="PacerSimulation"/>); the run
/// ends its own last call later, and its writes to the other side after that. Pure.
/// </summary>
internal static class SharedQuotaForecast
{
    /// <summary>The time from now until <paramref name="self"/>'s calls on <paramref name="key"/> (and those after them) are done.</summary>
    /// <param name="key">The quota.</param>
    /// <param name="rate">Its pace now.</param>
    /// <param name="usedOver">Over how long the units in use now were taken (the runs' age, at most a window).</param>
    /// <param name="self">The run predicted (its work counted).</param>
    /// <param name="sharing">The other runs with calls on the quota.</param>
    /// <param name="reads">The pace of the runs' reads.</param>
    /// <param name="gap">How long a call on the quota takes (a run's next call waits that long after a grant).</param>
    /// <param name="after">What <paramref name="self"/> still does after its last call on the quota has ended.</param>
    public static TimeSpan Time(QuotaKey key, QuotaKeyRate rate, TimeSpan usedOver, RunDemand self, IReadOnlyList<RunDemand> sharing, ReadPace reads, TimeSpan gap, TimeSpan after)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(sharing);
        ArgumentNullException.ThrowIfNull(reads);
        var work = self.Work ?? RunWork.None;
        var mine = self.GrantsOf(key, []);
        var runs = sharing.Append(self).OrderBy(r => r.Order).ToList();
        var ready = reads.ReadyIn(runs, work);
        var simulated = runs.Select((r, i) => new SimulatedRun(r.RunId, r.Order, r.Served ? r.Order : 0, ready[i], r.GrantsOf(key, mine))).ToList();
        var window = rate.Window;
        var quota = new SimulatedQuota(rate.UnitsPerWindow, window, rate.AvailableNow, window - (usedOver < window ? usedOver : window));
        return PacerSimulation.LastGrants(quota, simulated, gap).TryGetValue(self.RunId, out var last) ? last + gap + after : TimeSpan.Zero;
    }
}
