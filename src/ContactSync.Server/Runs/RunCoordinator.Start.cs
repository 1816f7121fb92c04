using ContactSync.Core.Plans;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs;

/// <summary>Starting a run: joining a local run, preparing clients outside any lock, then recording and starting it under the plan's lock.</summary>
internal sealed partial class RunCoordinator
{
    private RunHandle? TryJoinLocal(string planId)
    {
        if (!_active.TryGetValue(planId, out var running))
        {
            return null;
        }

        RunLog.RunJoined(_logger, running.RunId, planId);
        return new RunHandle(running.RunId, planId, running);
    }

    /// <summary>Under the plan's start lock (database work only): join, or take the lease, record the run and start it.</summary>
    private async Task<RunHandle> StartLockedAsync(
        StoredSyncPlan plan, RunPorts ports, RunApiObserver api, bool full, bool dryRun, RunTriggerKind trigger, CancellationToken cancellationToken)
    {
        var runId = "run_" + Guid.NewGuid().ToString("N");
        var now = _time.GetUtcNow().UtcDateTime;
        var started = false;
        try
        {
            if (TryJoinLocal(plan.Id) is { } joined)
            {
                return joined;
            }

            if (!await TryAcquireLeaseAsync(plan.Id, runId, now, cancellationToken))
            {
                var other = await _leases.GetAsync(plan.Id, cancellationToken) is { } lease && lease.IsValidAt(now) ? lease.RunId : null;
                RunLog.PlanLeasedElsewhere(_logger, plan.Id, other);
                return other is null
                    ? throw new Application.PreconditionFailedException("The plan is being started by another server; try again.", Errors.ErrorReasons.PlanStartingElsewhere,
                        new Dictionary<string, string> { ["plan_id"] = plan.Id })
                    : new RunHandle(other, plan.Id, null);
            }

            var active = await RecordStartAsync(plan, runId, full, dryRun, trigger, now, ports, api, cancellationToken);
            started = true;
            return new RunHandle(runId, plan.Id, active);
        }
        finally
        {
            if (!started)
            {
                ports.Dispose();
            }
        }
    }

    private async Task<ActiveRun> RecordStartAsync(
        StoredSyncPlan plan, string runId, bool full, bool dryRun, RunTriggerKind trigger, DateTime now, RunPorts ports, RunApiObserver api, CancellationToken cancellationToken)
    {
        try
        {
            await _runs.CloseAbandonedAsync(plan.Id, now, cancellationToken);
            var record = new RunRecord
            {
                Id = runId,
                PlanId = plan.Id,
                Trigger = trigger.ToString(),
                Full = full,
                DryRun = dryRun,
                StartUtc = now,
                Phase = "Queued",
                Message = "Starting",
                Holder = Holder,
            };
            var active = new ActiveRun(record, ports, CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token), api);
            await _runs.CreateAsync(record, cancellationToken);
            RunLog.RunStarted(_logger, runId, plan.Id, record.Trigger, full, dryRun);
            _active[plan.Id] = active;
            active.Completion = Task.Run(() => ExecuteAsync(plan, active, full, dryRun), CancellationToken.None);
            return active;
        }
        catch
        {
            await _leases.ReleaseAsync(plan.Id, Holder, runId, CancellationToken.None);
            throw;
        }
    }
}
