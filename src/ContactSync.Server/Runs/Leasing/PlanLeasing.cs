using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs.Leasing;

/// <summary>
/// Plan leases of this process (<see cref="Holder"/>): a plan runs on one server at a time. A lease is taken atomically,
/// renewed while its run lives and released at its end; a lease of a dead server process of this machine is broken at
/// once (its runs closed as interrupted), one of another machine is taken over once it expired.
/// </summary>
internal sealed class PlanLeasing(IPlanLeaseRepository leases, IRunRepository runs, TimeProvider time, IOptions<RunSettings> settings, ILogger<PlanLeasing> logger)
{
    /// <summary>This process's identity in plan leases.</summary>
    public string Holder { get; } = LeaseHolder.Create(settings.Value.ReplicaName);

    /// <summary>How often a running run renews its lease.</summary>
    public TimeSpan RenewalInterval => settings.Value.LeaseDuration / 3;

    /// <summary>Takes the plan's lease for <paramref name="runId"/>; a lease still held by a dead process of this machine is broken first.</summary>
    public async Task<bool> TryAcquireAsync(string planId, string runId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var duration = settings.Value.LeaseDuration;
        if (await leases.TryAcquireAsync(planId, Holder, runId, nowUtc, duration, cancellationToken))
        {
            return true;
        }

        if (await leases.GetAsync(planId, cancellationToken) is not { } lease || !LeaseHolder.IsDeadLocalProcess(lease.Holder, settings.Value.ReplicaName))
        {
            return false;
        }

        await BreakDeadAsync(lease, cancellationToken);
        return await leases.TryAcquireAsync(planId, Holder, runId, nowUtc, duration, cancellationToken);
    }

    /// <summary>The run another live server holds the plan's valid lease for (to be joined instead of starting one), or null.</summary>
    public async Task<string?> RunHeldElsewhereAsync(string planId, CancellationToken cancellationToken)
    {
        if (await leases.GetAsync(planId, cancellationToken) is not { } lease || !lease.IsValidAt(time.GetUtcNow().UtcDateTime)
            || string.Equals(lease.Holder, Holder, StringComparison.Ordinal) || LeaseHolder.IsDeadLocalProcess(lease.Holder, settings.Value.ReplicaName))
        {
            return null;
        }

        return lease.RunId;
    }

    /// <summary>The run whose valid lease the plan has (any holder), or null.</summary>
    public async Task<string?> LeasedRunAsync(string planId, CancellationToken cancellationToken) =>
        await leases.GetAsync(planId, cancellationToken) is { } lease && lease.IsValidAt(time.GetUtcNow().UtcDateTime) ? lease.RunId : null;

    /// <summary>Extends this process's lease of a running run by the lease duration from now.</summary>
    public Task<bool> RenewAsync(string planId, string runId, CancellationToken cancellationToken) =>
        leases.RenewAsync(planId, Holder, runId, (time.GetUtcNow() + settings.Value.LeaseDuration).UtcDateTime, cancellationToken);

    /// <summary>Frees the plan at the end of this process's run (whatever the caller's token says).</summary>
    public Task ReleaseAsync(string planId, string runId) => leases.ReleaseAsync(planId, Holder, runId, CancellationToken.None);

    /// <summary>
    /// Closes the runs of this machine's server processes that died (killed, crashed) and frees their plans at once,
    /// without waiting for their leases to expire. Called at start.
    /// </summary>
    public async Task ReclaimDeadAsync(CancellationToken cancellationToken)
    {
        foreach (var lease in await leases.ListAsync(cancellationToken))
        {
            if (LeaseHolder.IsDeadLocalProcess(lease.Holder, settings.Value.ReplicaName))
            {
                await BreakDeadAsync(lease, cancellationToken);
            }
        }
    }

    private async Task BreakDeadAsync(PlanLease lease, CancellationToken cancellationToken)
    {
        if (await leases.ReleaseAsync(lease.PlanId, lease.Holder, lease.RunId, cancellationToken))
        {
            RunLog.DeadLeaseBroken(logger, lease.PlanId, lease.RunId, lease.Holder);
        }

        await runs.CloseAbandonedAsync(lease.PlanId, time.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
