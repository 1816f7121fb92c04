using ContactSync.Server.Runs;
using ContactSync.Server.Runs.Launching;
using ContactSync.Storage.NearRealTime;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// Turns waiting changes into near-real-time runs: once a plan's changes stopped coming for the debounce (or waited the
/// longest debounce) and the plan is not running, takes them over and starts one incremental run that reads the notified
/// CRM records by id, then the CRM changes since the watermark (the catch-up read: what a lost notification did not bring)
/// and the Google changes, as every incremental run. Changes whose run did not start wait for the next tick when another
/// run had the plan; the scheduled run catches a lost notification with no notified run after it.
/// </summary>
internal sealed class ChangeDispatcher(
    NearRealTimePlans plans,
    IChangeHintStore hints,
    ActiveRuns active,
    RunLauncher launcher,
    TimeProvider time,
    IOptions<NearRealTimeSettings> settings,
    ILogger<ChangeDispatcher> logger)
{
    /// <summary>Starts the runs that are due; returns the ids of the runs started.</summary>
    public async Task<IReadOnlyList<string>> TickAsync(CancellationToken cancellationToken)
    {
        var started = new List<string>();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var pending in await hints.PendingAsync(cancellationToken))
        {
            var quiet = now - pending.LastUtc >= settings.Value.Debounce || now - pending.FirstUtc >= settings.Value.MaxDebounce;
            if (!quiet || active.FindByPlan(pending.PlanId) is not null)
            {
                continue;
            }

            if (await StartAsync(pending.PlanId, now, cancellationToken) is { } runId)
            {
                started.Add(runId);
            }
        }

        return started;
    }

    private async Task<string?> StartAsync(string planId, DateTime now, CancellationToken cancellationToken)
    {
        if (await plans.GetAsync(planId, cancellationToken) is not { } plan)
        {
            await hints.DeletePlanAsync(planId, cancellationToken);
            return null;
        }

        var claimed = await hints.ClaimAsync(planId, now, cancellationToken);
        if (claimed.IsEmpty)
        {
            return null;
        }

        try
        {
            var handle = await launcher.StartOrJoinAsync(plan, full: false, dryRun: false, RunTriggerKind.NearRealTime, claimed.CrmIds, cancellationToken);
            if (handle.Local is { } run && ReferenceEquals(run.CrmIds, claimed.CrmIds))
            {
                NearRealTimeLog.ChangesDispatched(logger, run.RunId, planId, claimed.CrmIds.Count, claimed.Google);
                return run.RunId;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Recorded as a failed run: the scheduler retries the plan with back-off, and that untargeted run reads the
            // changes since the watermark, these included. Re-adding them would start (and fail) again at every tick.
            NearRealTimeLog.DispatchFailed(logger, planId, ex);
            return null;
        }

        // Another run (here or on another server) had the plan: the changes wait for the next tick.
        await hints.AddAsync(planId, claimed.CrmIds, claimed.Google, now, CancellationToken.None);
        return null;
    }
}
