using ContactSync.Core.Plans;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs;

/// <summary>When a plan runs next: at its interval after the last start; after a failure, with doubling back-off.</summary>
internal static class RunSchedule
{
    /// <summary>The next due time, or null for manual, disabled or breaker-paused plans.</summary>
    public static DateTime? NextRunUtc(StoredSyncPlan plan, RunRecord? lastEnded, int consecutiveFailures, TimeSpan retryBase, DateTime nowUtc)
    {
        var definition = plan.Definition;
        if (!definition.Enabled || definition.Interval is not { } interval || interval <= TimeSpan.Zero)
        {
            return null;
        }

        if (lastEnded is null)
        {
            return nowUtc;
        }

        if (lastEnded.Outcome == nameof(Core.Engine.SyncOutcome.PausedByBreaker) && lastEnded.StartUtc >= plan.UpdatedUtc)
        {
            return null;
        }

        if (consecutiveFailures > 0)
        {
            var backoff = TimeSpan.FromTicks(retryBase.Ticks * (1L << Math.Min(consecutiveFailures - 1, 16)));
            return (lastEnded.EndUtc ?? lastEnded.StartUtc) + (backoff < interval ? backoff : interval);
        }

        return lastEnded.StartUtc + interval;
    }
}
