using ContactSync.Http.Pacing;

namespace ContactSync.Http.Quotas;

/// <summary>How fast one quota lets calls through, and among how many plans that pace is shared.</summary>
/// <param name="UnitsPerWindow">Units it allows per window (for concurrency: calls at once).</param>
/// <param name="Window">The window (for concurrency: how long one call takes).</param>
/// <param name="AvailableNow">Units that could go at once.</param>
/// <param name="SharingPlans">Plans drawing on it at the same time (each gets an equal share; at least 1).</param>
public sealed record QuotaKeyRate(long UnitsPerWindow, TimeSpan Window, long AvailableNow, int SharingPlans = 1)
{
    /// <summary>The full limit, all of it free now: what the quota allows at best (the "quota floor").</summary>
    public static QuotaKeyRate Nominal(QuotaLimit limit, int sharingPlans = 1)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new QuotaKeyRate(limit.Limit, limit.Window, limit.Limit, sharingPlans);
    }

    /// <summary>What the pacer allows now, as a ledger reports it.</summary>
    public static QuotaKeyRate From(QuotaKeyStatus status, int sharingPlans = 1)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new QuotaKeyRate(status.EffectiveLimit, status.AccountedWindow, status.Available, sharingPlans);
    }

    /// <summary>A concurrency quota of <paramref name="slots"/> calls at once, each taking <paramref name="callDuration"/>.</summary>
    public static QuotaKeyRate Concurrency(long slots, TimeSpan callDuration, long freeSlots, int sharingPlans = 1) =>
        new(slots, callDuration, freeSlots, sharingPlans);
}
