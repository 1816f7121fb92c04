using System.Collections.Concurrent;
using ContactSync.Core.Engine;
using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Sync;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs;

/// <summary>
/// Starts runs and lets callers join them. A plan runs once at a time: in this process through the active-run table and a
/// start lock per plan, across server processes through the plan's lease row (taken atomically, renewed while the run
/// lives, released at its end; a lease of a dead process of this machine is broken at once).
/// </summary>
internal sealed partial class RunCoordinator : IDisposable
{
    private readonly ConcurrentDictionary<string, ActiveRun> _active = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _startGates = new(StringComparer.Ordinal);
    private readonly Application.GoogleGroupAccess _groups;
    private readonly Security.LiveCallBudget _budget;
    private readonly ISyncStateStoreFactory _stateStores;
    private readonly IRunRepository _runs;
    private readonly IPlanLeaseRepository _leases;
    private readonly IRunPortFactory _ports;
    private readonly TimeProvider _time;
    private readonly RunSettings _settings;
    private readonly ILogger<RunCoordinator> _logger;
    private readonly CancellationTokenSource _stopping = new();

    public RunCoordinator(
        ISyncStateStoreFactory stateStores,
        IRunRepository runs,
        IPlanLeaseRepository leases,
        IRunPortFactory ports,
        Application.GoogleGroupAccess groups,
        Security.LiveCallBudget budget,
        TimeProvider time,
        IOptions<RunSettings> settings,
        IHostApplicationLifetime lifetime,
        ILogger<RunCoordinator> logger)
    {
        _stateStores = stateStores;
        _runs = runs;
        _leases = leases;
        _ports = ports;
        _groups = groups;
        _budget = budget;
        _time = time;
        _settings = settings.Value;
        _logger = logger;
        lifetime.ApplicationStopping.Register(_stopping.Cancel);
    }

    /// <summary>This process's identity in plan leases.</summary>
    public string Holder { get; } = LeaseHolder.Create();

    public ActiveRun? FindByRun(string runId) => _active.Values.FirstOrDefault(r => r.RunId == runId);

    public ActiveRun? FindByPlan(string planId) => _active.GetValueOrDefault(planId);

    /// <summary>
    /// Starts a run of the plan, or returns the run already in progress for it (here or on another server). The Google
    /// group rule, connection and permission problems throw before any run is recorded (a scheduled start records them as a
    /// failed run). Zoho and Google are called before the plan's own start lock is taken, and no lock is shared between
    /// plans, so a slow service delays only the start that waits for it.
    /// </summary>
    public async Task<RunHandle> StartOrJoinAsync(StoredSyncPlan plan, bool full, bool dryRun, RunTriggerKind trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        RunPorts ports;
        var api = new RunApiObserver();
        try
        {
            await _groups.EnsureMayUseAsync(plan.Definition, plan.GoogleGroupAssigned, cancellationToken);
            if ((TryJoinLocal(plan.Id) ?? await TryJoinRemoteAsync(plan.Id, cancellationToken)) is { } joined)
            {
                return joined;
            }

            _budget.Spend("Starting a run");
            ports = await _ports.CreateAsync(plan, api, cancellationToken);
        }
        catch (Exception ex) when (trigger != RunTriggerKind.Manual && ex is not OperationCanceledException)
        {
            // A scheduled run that cannot even start is recorded as failed, so status shows why and retries back off.
            await RecordStartFailureAsync(plan, trigger, ex);
            throw;
        }

        var gate = _startGates.GetOrAdd(plan.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await StartLockedAsync(plan, ports, api, full, dryRun, trigger, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Asks a run to stop; true when the run was found running (here or elsewhere).</summary>
    public async Task<bool> CancelAsync(string runId, CancellationToken cancellationToken)
    {
        if (FindByRun(runId) is { } local)
        {
            await TryCancelAsync(local);
            return true;
        }

        return await _runs.RequestCancelAsync(runId, cancellationToken);
    }

    /// <summary>A plan was deleted: stop its run and remove its links, cursors and history (the records stay).</summary>
    public async Task ForgetPlanAsync(string planId, CancellationToken cancellationToken)
    {
        if (FindByPlan(planId) is { } running)
        {
            await TryCancelAsync(running);
            await running.Completion.WaitAsync(cancellationToken);
        }

        await _stateStores.ForRun("").DeletePlanStateAsync(planId, cancellationToken);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        foreach (var gate in _startGates.Values)
        {
            gate.Dispose();
        }
    }

    private static async Task TryCancelAsync(ActiveRun run)
    {
        try
        {
            await run.Cancellation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The run has just ended.
        }
    }

    private async Task ExecuteAsync(StoredSyncPlan plan, ActiveRun run, bool full, bool dryRun)
    {
        var token = run.Cancellation.Token;
        var final = run.Start;
        IReadOnlyList<PlannedChange> planned = [];
        using var progressLoop = new CancellationTokenSource();
        var persisting = PersistProgressAsync(run, progressLoop.Token);
        try
        {
            var store = _stateStores.ForRun(dryRun ? "" : run.RunId);
            var sink = new ActiveRunProgressSink(run, _time);
            var result = await new SyncEngine(store).RunAsync(PlanEngineSettings.From(plan, _settings.GoogleContactLimit), run.Ports.Crm, run.Ports.Google, new SyncRunRequest(full, dryRun), sink, token);
            planned = result.PlannedChanges;
            final = Complete(run, result.Outcome.ToString(), result.Message, result);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            final = Complete(run, RunOutcomes.Cancelled, "Cancelled; what was applied stays applied and linked, the next run continues.", null);
        }
        catch (Exception ex)
        {
            RunLog.RunFailed(_logger, run.RunId, plan.Id, ex);
            final = Complete(run, RunOutcomes.Failed, ex.Message, null);
        }
        finally
        {
            await progressLoop.CancelAsync();
            await persisting;
            run.Ports.Dispose();
        }

        try
        {
            await _runs.UpdateAsync(final, CancellationToken.None);
        }
        finally
        {
            await _leases.ReleaseAsync(plan.Id, Holder, run.RunId, CancellationToken.None);
            _active.TryRemove(plan.Id, out _);
            run.Events.Complete(RunMapper.ToResultEvent(final, planned));
            run.Cancellation.Dispose();
            RunLog.RunEnded(_logger, run.RunId, plan.Id, final.Outcome, final.Message);
        }
    }

    private RunRecord Complete(ActiveRun run, string outcome, string message, SyncRunResult? result)
    {
        var record = WithProgress(run, run.Progress) with
        {
            EndUtc = _time.GetUtcNow().UtcDateTime,
            Outcome = outcome,
            Phase = "Done",
            Message = message,
            RetriedCalls = run.Api.Retries,
            BackoffMs = run.Api.BackoffMs,
        };
        return result is null ? record : record with
        {
            Processed = result.Processed,
            Total = result.Total,
            CrmCreated = result.Crm.Created,
            CrmUpdated = result.Crm.Updated,
            CrmDeleted = result.Crm.Deleted,
            CrmFailed = result.Crm.Failed,
            GoogleCreated = result.Google.Created,
            GoogleUpdated = result.Google.Updated,
            GoogleDeleted = result.Google.Deleted,
            GoogleFailed = result.Google.Failed,
            Conflicts = result.Conflicts,
            Errors = result.Errors,
            Backlog = result.Backlog,
            Notes = result.Notes,
            Conditions = result.Conditions,
        };
    }

    /// <summary>The run's start record with the counts of its latest progress and its API calls so far.</summary>
    private static RunRecord WithProgress(ActiveRun run, SyncProgress? progress)
    {
        var record = run.Start with { CrmCalls = run.Api.CrmCalls, GoogleCalls = run.Api.GoogleCalls };
        return progress is null ? record : record with
        {
            Phase = progress.Phase.ToString(),
            Processed = progress.Processed,
            Total = progress.Total,
            CrmCreated = progress.Crm.Created,
            CrmUpdated = progress.Crm.Updated,
            CrmDeleted = progress.Crm.Deleted,
            CrmFailed = progress.Crm.Failed,
            GoogleCreated = progress.Google.Created,
            GoogleUpdated = progress.Google.Updated,
            GoogleDeleted = progress.Google.Deleted,
            GoogleFailed = progress.Google.Failed,
            Conflicts = progress.Conflicts,
            Errors = progress.Errors,
            Message = progress.Message,
        };
    }

    /// <summary>Writes progress to the database now and then, renews the lease and picks up cancel requests of other servers.</summary>
    private async Task PersistProgressAsync(ActiveRun run, CancellationToken stop)
    {
        var lastRenewal = _time.GetUtcNow();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                // Every committed batch is saved at once (so a killed run's record is at most a batch behind); else at the interval.
                await Task.WhenAny(Task.Delay(_settings.ProgressInterval, _time, stop), run.Written);
                stop.ThrowIfCancellationRequested();
                var now = _time.GetUtcNow();
                if (now - lastRenewal >= _settings.LeaseDuration / 3)
                {
                    await _leases.RenewAsync(run.PlanId, Holder, run.RunId, (now + _settings.LeaseDuration).UtcDateTime, stop);
                    lastRenewal = now;
                }

                if (run.Progress is { } progress)
                {
                    var snapshot = WithProgress(run, progress);
                    if (await _runs.UpdateAsync(snapshot, stop))
                    {
                        await TryCancelAsync(run);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RunLog.ProgressNotSaved(_logger, run.RunId, ex);
        }
    }
}
