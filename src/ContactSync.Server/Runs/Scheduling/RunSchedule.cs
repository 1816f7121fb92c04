using ContactSync.Core.Plans;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Scheduling;

/// <summary>
/// When a plan runs next: one interval after the later of its last (non-dry) run's start and its last change — so a new or
/// changed plan is first run by the scheduler one interval after it was saved (or the shorter <see cref="RunSettings.FirstRunDelay"/>),
/// leaving the admin time to preview it, and a manual run restarts the count; after a failed run, with doubling back-off.
/// </summary>
internal static class RunSchedule
{
    /// <summary>The next due time, or null for manual, disabled or breaker-paused plans.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="lastEnded">Its last ended run that counts, if any.</param>
    /// <param name="consecutiveFailures">Its failed runs since the last success.</param>
    /// <param name="retryBase">The first retry delay.</param>
    /// <param name="firstRunDelay">How long after a save its first run comes (null: one interval; never more than one interval).</param>
    public static DateTime? NextRunUtc(StoredSyncPlan plan, RunRecord? lastEnded, int consecutiveFailures, TimeSpan retryBase, TimeSpan? firstRunDelay = null)
    {
        var definition = plan.Definition;
        if (!definition.Enabled || definition.Interval is not { } interval || interval <= TimeSpan.Zero)
        {
            return null;
        }

        // Never run since it was created or last changed: one interval (or the shorter first-run delay) after that change.
        if (lastEnded is null || lastEnded.StartUtc < plan.UpdatedUtc)
        {
            return plan.UpdatedUtc + (firstRunDelay is { } delay && delay >= TimeSpan.Zero && delay < interval ? delay : interval);
        }

        if (lastEnded.Outcome == nameof(Core.Engine.SyncOutcome.PausedByBreaker))
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
