using ContactSync.Core.Engine;
using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Http.Pacing;
using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Server.Runs.Progress;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Sync;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// Executes a started run: the engine on the run's ports and state store while <see cref="RunProgressRecorder"/> keeps its
/// record, then records its end, frees the plan and sends the result to the run's streams.
/// </summary>
internal sealed class RunExecutor(
    RunProgressRecorder recorder,
    PlanLeasing leasing,
    ActiveRuns active,
    RunEtaTrackers etas,
    TimeProvider time,
    IOptions<RunSettings> settings,
    ILogger<RunExecutor> logger)
{
    /// <summary>Runs <paramref name="run"/> of <paramref name="plan"/> to its end; never throws for the run's own failures.</summary>
    public async Task ExecuteAsync(StoredSyncPlan plan, ActiveRun run)
    {
        var (final, planned) = await RunEngineAsync(plan, run);
        try
        {
            // The end is saved before the lease goes back, never at the same time: an open run record whose plan has no lease
            // is an abandoned run, which a replica's scheduler resumes at once (SyncScheduler.DueAsync), so the plan would
            // run twice. The database may be unreachable right now (restarting): the run still ends here and frees the plan
            // in this process; its record stays open and its lease runs out, and the next start closes it as interrupted.
            await recorder.SaveEndAsync(final);
            await leasing.ReleaseAsync(plan.Id, run.RunId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RunLog.RunEndNotSaved(logger, run.RunId, plan.Id, ex);
        }
        finally
        {
            active.Remove(run);
            run.Events.Complete(new RunResultEvent(final, planned));
            run.Cancellation.Dispose();
            RunLog.RunEnded(logger, run.RunId, plan.Id, final.Outcome, final.Message);
        }
    }

    private async Task<(RunRecord Final, IReadOnlyList<PlannedChange> Planned)> RunEngineAsync(StoredSyncPlan plan, ActiveRun run)
    {
        var token = run.Cancellation.Token;
        using var quotaPlan = QuotaPlan.Enter(plan.Id);
        using var recording = new CancellationTokenSource();
        var recorded = recorder.RecordAsync(run, recording.Token);
        RunEtaTracker? eta = null;
        try
        {
            var dryRun = run.Start.DryRun;
            var store = run.Store;
            eta = await etas.StartAsync(plan, run, store, token);
            var engine = new SyncEngine(store);
            var result = await engine.RunAsync(
                PlanEngineSettings.From(plan, settings.Value.GoogleContactLimit),
                run.Ports.Crm,
                run.Ports.Google,
                new SyncRunRequest(run.Start.Full, dryRun) { CrmIds = run.CrmIds },
                new ActiveRunProgressSink(run, time, eta),
                token);
            if (dryRun && eta is not null)
            {
                await etas.PredictRealRunAsync(eta, run, Writes(result.PlannedChanges, SideKind.Google), Writes(result.PlannedChanges, SideKind.Crm), token);
            }

            return (recorder.Complete(run, result.Outcome.ToString(), result.Message, result), result.PlannedChanges);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return (recorder.Complete(run, RunOutcomes.Cancelled, "Cancelled; what was applied stays applied and linked, the next run continues.", null), []);
        }
        catch (Exception ex)
        {
            RunLog.RunFailed(logger, run.RunId, plan.Id, ex);
            return (recorder.Complete(run, RunOutcomes.Failed, ex.Message, null), []);
        }
        finally
        {
            await recording.CancelAsync();
            await recorded;
            etas.End(run, eta);
            run.Ports.Dispose();
        }
    }

    /// <summary>The creates and updates a dry run listed for <paramref name="side"/>.</summary>
    private static long Writes(IReadOnlyList<PlannedChange> planned, SideKind side) =>
        planned.LongCount(c => c.Target == side && c.Action is PlannedAction.Create or PlannedAction.Update);
}
