using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Http.Pacing;
using ContactSync.Server.Access;
using ContactSync.Server.Errors;
using ContactSync.Server.Plans;
using ContactSync.Server.Quotas;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Server.Runs.Progress;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Sync;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// Starts runs, lets callers join them and cancels them. A plan runs once at a time: in this process through
/// <see cref="ActiveRuns"/> and the plan's start lock, across server processes through its lease (<see cref="PlanLeasing"/>).
/// </summary>
internal sealed class RunLauncher(
    ActiveRuns active,
    PlanLeasing leasing,
    IRunPortFactory ports,
    RunExecutor executor,
    FailedStartRecorder failedStarts,
    GoogleGroupAccess groups,
    LiveCallBudget budget,
    IRunRepository runs,
    ISyncStateStore state,
    ISyncStateStoreFactory stateStores,
    TimeProvider time,
    ILogger<RunLauncher> logger)
{
    /// <summary>
    /// Starts a run of the plan, or returns the run already in progress for it (here or on another server). The Google
    /// group rule, connection and permission problems throw before any run is recorded (a scheduled start records them as a
    /// failed run). Zoho and Google are called before the plan's own start lock is taken, and no lock is shared between
    /// plans, so a slow service delays only the start that waits for it.
    /// </summary>
    public async Task<RunHandle> StartOrJoinAsync(StoredSyncPlan plan, bool full, bool dryRun, RunTriggerKind trigger, CancellationToken cancellationToken) =>
        await StartOrJoinAsync(plan, full, dryRun, trigger, null, cancellationToken);

    /// <summary>
    /// As <see cref="StartOrJoinAsync(StoredSyncPlan, bool, bool, RunTriggerKind, CancellationToken)"/>; with
    /// <paramref name="crmIds"/> a started run reads only these CRM records (a near-real-time run; a joined run is whatever
    /// it is: compare <see cref="ActiveRun.CrmIds"/>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="full">Whether every contact in scope is read.</param>
    /// <param name="dryRun">Whether the run only plans.</param>
    /// <param name="trigger">What starts it.</param>
    /// <param name="crmIds">The CRM records a near-real-time run reads; null for every other run.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="stillDue">
    /// Asked once this process holds the plan's lease, before the run is recorded (the scheduler's due check, repeated under
    /// the lease): when false the lease is given back and nothing starts — another replica ran the plan between the
    /// scheduler's first check and the claim. The returned handle then has no run id and no local run.
    /// </param>
    public async Task<RunHandle> StartOrJoinAsync(
        StoredSyncPlan plan, bool full, bool dryRun, RunTriggerKind trigger, IReadOnlyList<string>? crmIds, CancellationToken cancellationToken,
        Func<CancellationToken, Task<bool>>? stillDue = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        RunPorts runPorts;
        var api = new RunApiObserver();

        // The start's calls (the permission check: a few calls) are paced with the catalog's checks, which go before the
        // runs' reads (no scarce quota is taken: see ContendedQuotas), so every run asked for starts at once and counts in
        // the others' ETAs; the run's own calls are paced as the plan's (the executor enters the plan's name).
        using var quotaPlan = QuotaPlan.Enter(ServerQuotas.CatalogPlan);
        try
        {
            await groups.EnsureMayUseAsync(plan.Definition, plan.GoogleGroupAssigned, cancellationToken);
            if (TryJoinLocal(plan.Id) is { } local)
            {
                return local;
            }

            budget.Spend("Starting a run");
            var (created, remote) = await CreatePortsUnlessRunningElsewhereAsync(plan, api, cancellationToken);
            if (remote is not null)
            {
                return remote;
            }

            runPorts = created!;
        }
        catch (Exception ex) when (trigger != RunTriggerKind.Manual && ex is not OperationCanceledException)
        {
            await failedStarts.RecordAsync(plan, trigger, ex);
            throw;
        }

        var gate = active.StartGate(plan.Id);
        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        catch
        {
            // Given up while another start of the plan held the lock: the clients built for this start go back.
            runPorts.Dispose();
            throw;
        }

        try
        {
            return await StartLockedAsync(plan, new RunStart(runPorts, api, full, dryRun, trigger) { CrmIds = crmIds, StillDue = stillDue }, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Asks a run to stop; true when the run was found running (here or elsewhere).</summary>
    public async Task<bool> CancelAsync(string runId, CancellationToken cancellationToken)
    {
        if (active.FindByRun(runId) is { } local)
        {
            await local.TryCancelAsync();
            return true;
        }

        return await runs.RequestCancelAsync(runId, cancellationToken);
    }

    /// <summary>A plan was deleted: stop its run and remove its links, cursors and history (the records stay).</summary>
    public async Task ForgetPlanAsync(string planId, CancellationToken cancellationToken)
    {
        if (active.FindByPlan(planId) is { } running)
        {
            await running.TryCancelAsync();
            await running.Completion.WaitAsync(cancellationToken);
        }

        await state.DeletePlanStateAsync(planId, cancellationToken);
    }

    private RunHandle? TryJoinLocal(string planId)
    {
        if (active.FindByPlan(planId) is not { } running)
        {
            return null;
        }

        RunLog.RunJoined(logger, running.RunId, planId);
        return new RunHandle(running.RunId, planId, running);
    }

    /// <summary>
    /// The run's clients, built while the plan's lease is read (a start waits for one of the two round trips, not both); or,
    /// with the clients given back, the run another live server holds the plan's lease for, to be joined.
    /// </summary>
    private async Task<(RunPorts? Ports, RunHandle? Remote)> CreatePortsUnlessRunningElsewhereAsync(StoredSyncPlan plan, RunApiObserver api, CancellationToken cancellationToken)
    {
        var elsewhere = leasing.RunHeldElsewhereAsync(plan.Id, cancellationToken);
        RunPorts created;
        try
        {
            created = await ports.CreateAsync(plan, api, cancellationToken);
        }
        catch
        {
            // The clients' error is the one reported; the lease read is still awaited (its own error observed, not raised).
            await ((Task)elsewhere).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        string? runId;
        try
        {
            runId = await elsewhere;
        }
        catch
        {
            created.Dispose();
            throw;
        }

        if (runId is null)
        {
            return (created, null);
        }

        created.Dispose();
        RunLog.PlanLeasedElsewhere(logger, plan.Id, runId);
        return (null, new RunHandle(runId, plan.Id, null));
    }

    /// <summary>Under the plan's start lock (database work only): join, or take the lease, record the run and start it.</summary>
    private async Task<RunHandle> StartLockedAsync(StoredSyncPlan plan, RunStart start, CancellationToken cancellationToken)
    {
        var runId = RunIds.New();
        var now = time.GetUtcNow().UtcDateTime;
        var started = false;
        try
        {
            if (TryJoinLocal(plan.Id) is { } joined)
            {
                return joined;
            }

            if (!await leasing.TryAcquireAsync(plan.Id, runId, now, cancellationToken))
            {
                var other = await leasing.LeasedRunAsync(plan.Id, cancellationToken);
                RunLog.PlanLeasedElsewhere(logger, plan.Id, other);
                return other is null
                    ? throw new PreconditionFailedException("The plan is being started by another server; try again.", ErrorReasons.PlanStartingElsewhere,
                        new Dictionary<string, string> { ["plan_id"] = plan.Id })
                    : new RunHandle(other, plan.Id, null);
            }

            if (start.StillDue is { } due && !await due(cancellationToken))
            {
                await leasing.ReleaseAsync(plan.Id, runId);
                RunLog.NoLongerDue(logger, plan.Id);
                return new RunHandle("", plan.Id, null);
            }

            var run = await RecordStartAsync(plan, runId, now, start, cancellationToken);
            started = true;
            return new RunHandle(runId, plan.Id, run);
        }
        finally
        {
            if (!started)
            {
                start.Ports.Dispose();
            }
        }
    }

    /// <summary>
    /// Under the plan's lease: records the run and starts it. Its first state reads (<see cref="PrefetchedStateStore"/>), the
    /// closing of the plan's abandoned runs and the new run's record go to the database at once (the close spares the run
    /// the lease names, so the order between them does not matter): a start waits for one round trip here, not five.
    /// </summary>
    private async Task<ActiveRun> RecordStartAsync(StoredSyncPlan plan, string runId, DateTime now, RunStart start, CancellationToken cancellationToken)
    {
        var cancellation = active.NewCancellation();
        try
        {
            var store = PrefetchedStateStore.Start(stateStores.ForRun(start.DryRun ? "" : runId), plan.Id, cancellation.Token);
            var record = new RunRecord
            {
                Id = runId,
                PlanId = plan.Id,
                Trigger = start.Trigger.ToString(),
                Full = start.Full,
                DryRun = start.DryRun,
                StartUtc = now,
                Phase = "Queued",
                Message = "Starting",
                Holder = leasing.Holder,
                GoogleAccount = start.Ports.GoogleAccount,
            };
            var run = new ActiveRun(record, start.Ports, cancellation, start.Api) { CrmIds = start.CrmIds, Store = store };
            await Task.WhenAll(runs.CloseAbandonedAsync(plan.Id, now, cancellationToken), runs.CreateAsync(record, cancellationToken));
            RunLog.RunStarted(logger, runId, plan.Id, record.Trigger, start.Full, start.DryRun);
            active.Add(run);
            run.Completion = Task.Run(() => executor.ExecuteAsync(plan, run), CancellationToken.None);
            return run;
        }
        catch
        {
            // The prefetched reads stop; a record written while the close failed stays open without a lease, and the next
            // start closes it as interrupted.
            await cancellation.CancelAsync();
            cancellation.Dispose();
            await leasing.ReleaseAsync(plan.Id, runId);
            throw;
        }
    }
}
