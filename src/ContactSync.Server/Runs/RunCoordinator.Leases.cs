using ContactSync.Core.Plans;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs;

/// <summary>Plan leases: taking them (breaking a dead local holder's), reclaiming dead ones at start, recording failed starts.</summary>
internal sealed partial class RunCoordinator
{
    /// <summary>
    /// Closes the runs of this machine's server processes that died (killed, crashed) and frees their plans at once,
    /// without waiting for their leases to expire. Called at start.
    /// </summary>
    public async Task ReclaimDeadLeasesAsync(CancellationToken cancellationToken)
    {
        foreach (var lease in await _leases.ListAsync(cancellationToken))
        {
            if (LeaseHolder.IsDeadLocalProcess(lease.Holder))
            {
                await BreakDeadLeaseAsync(lease.PlanId, lease.Holder, lease.RunId, cancellationToken);
            }
        }
    }

    /// <summary>Takes the plan's lease; a lease still held by a dead process of this machine is broken first.</summary>
    private async Task<bool> TryAcquireLeaseAsync(string planId, string runId, DateTime now, CancellationToken cancellationToken)
    {
        if (await _leases.TryAcquireAsync(planId, Holder, runId, now, _settings.LeaseDuration, cancellationToken))
        {
            return true;
        }

        if (await _leases.GetAsync(planId, cancellationToken) is not { } lease || !LeaseHolder.IsDeadLocalProcess(lease.Holder))
        {
            return false;
        }

        await BreakDeadLeaseAsync(planId, lease.Holder, lease.RunId, cancellationToken);
        return await _leases.TryAcquireAsync(planId, Holder, runId, now, _settings.LeaseDuration, cancellationToken);
    }

    /// <summary>The run another live server holds the plan's lease for (joined without calling Zoho or Google), or null.</summary>
    private async Task<RunHandle?> TryJoinRemoteAsync(string planId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (await _leases.GetAsync(planId, cancellationToken) is not { } lease || !lease.IsValidAt(now)
            || string.Equals(lease.Holder, Holder, StringComparison.Ordinal) || LeaseHolder.IsDeadLocalProcess(lease.Holder))
        {
            return null;
        }

        RunLog.PlanLeasedElsewhere(_logger, planId, lease.RunId);
        return new RunHandle(lease.RunId, planId, null);
    }

    private async Task BreakDeadLeaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken)
    {
        if (await _leases.ReleaseAsync(planId, holder, runId, cancellationToken))
        {
            RunLog.DeadLeaseBroken(_logger, planId, runId, holder);
        }

        await _runs.CloseAbandonedAsync(planId, _time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>Records a scheduled start that failed as a failed run, holding the plan's lease meanwhile (skipped when another run holds it).</summary>
    private async Task RecordStartFailureAsync(StoredSyncPlan plan, RunTriggerKind trigger, Exception exception)
    {
        var gate = _startGates.GetOrAdd(plan.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            var runId = "run_" + Guid.NewGuid().ToString("N");
            var now = _time.GetUtcNow().UtcDateTime;
            if (_active.ContainsKey(plan.Id) || !await TryAcquireLeaseAsync(plan.Id, runId, now, CancellationToken.None))
            {
                return;
            }

            try
            {
                await _runs.CreateAsync(new RunRecord
                {
                    Id = runId,
                    PlanId = plan.Id,
                    Trigger = trigger.ToString(),
                    StartUtc = now,
                    EndUtc = _time.GetUtcNow().UtcDateTime,
                    Outcome = RunOutcomes.Failed,
                    Phase = "Done",
                    Message = exception.Message,
                    Holder = Holder,
                }, CancellationToken.None);
            }
            finally
            {
                await _leases.ReleaseAsync(plan.Id, Holder, runId, CancellationToken.None);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
