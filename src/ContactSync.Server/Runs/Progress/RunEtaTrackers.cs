using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Server.Quotas;
using ContactSync.Server.Runs.Launching;

namespace ContactSync.Server.Runs.Progress;

/// <summary>
/// Starts the ETA of a run whose calls are paced: counts the plan's scope first when the run reads it all (a first or full
/// run: one count call per side), makes the first prediction before the engine starts, and for a dry run predicts the
/// real run from the changes it listed.
/// </summary>
internal sealed class RunEtaTrackers(RunEtaEstimator estimator, RunDemands demands, TimeProvider time, ILogger<RunEtaTracker> logger)
{
    /// <summary>The run's tracker with its first prediction made; null when the run's calls are not paced.</summary>
    public async Task<RunEtaTracker?> StartAsync(StoredSyncPlan plan, ActiveRun run, ISyncStateStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(run);
        var view = run.Ports.Quota;
        if (!view.Paced)
        {
            return null;
        }

        // Active on the quotas from now on: runs counting their scope meanwhile see it (as needing what they need).
        demands.Set(new RunDemand(run.RunId, view, null) { Started = new DateTimeOffset(run.Start.StartUtc, TimeSpan.Zero) });
        try
        {
            var direction = plan.Definition.Direction;
            var full = run.Start.Full || !(await store.GetCursorAsync(plan.Id, cancellationToken)).Initialized;
            var writesGoogle = direction != SyncDirection.GoogleToCrm;
            var writesCrm = direction != SyncDirection.CrmToGoogle;
            var scope = new RunScope(
                full ? await view.CountCrmAsync(cancellationToken) : null,
                full && writesCrm ? await view.CountGoogleAsync(cancellationToken) : null,
                writesGoogle,
                writesCrm)
            { CrmPageSize = view.CrmReadsOwnersOnly ? Zoho.ZohoCrmClient.MaxCoqlLimit : RunWorkProjection.CrmPageSize };
            var tracker = new RunEtaTracker(run, scope, estimator, demands, time, logger);
            await tracker.UpdateAsync(cancellationToken);
            return tracker;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            RunLog.EtaFailed(logger, run.RunId, ex);
            return null;
        }
    }

    /// <summary>A dry run's prediction of the real run: its reads and exactly the writes it listed.</summary>
    public async Task PredictRealRunAsync(RunEtaTracker tracker, ActiveRun run, long googleWrites, long crmWrites, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(run);
        var work = RunWorkProjection.Planned(tracker.Scope, googleWrites, crmWrites);
        if (await estimator.EstimateAsync(run.Ports.Quota, work, run.RunId, cancellationToken) is { } length)
        {
            run.PredictedDuration = length;
        }
    }

    /// <summary>The run has ended: it no longer shares the quotas.</summary>
    public void End(ActiveRun run, RunEtaTracker? tracker)
    {
        ArgumentNullException.ThrowIfNull(run);
        tracker?.End();
        demands.Remove(run.RunId);
    }
}
