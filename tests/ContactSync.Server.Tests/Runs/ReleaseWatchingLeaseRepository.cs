using ContactSync.Storage.Leases;

namespace ContactSync.Server.Tests.Runs;

/// <summary>The real lease repository; when a lease is first given back it notes what <paramref name="state"/> said at that moment.</summary>
internal sealed class ReleaseWatchingLeaseRepository(IPlanLeaseRepository inner, Func<bool> state) : IPlanLeaseRepository
{
    private readonly TaskCompletionSource<bool> _atRelease = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What the state said when the first release was asked for.</summary>
    public Task<bool> AtRelease => _atRelease.Task;

    public Task<bool> ReleaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken)
    {
        _atRelease.TrySetResult(state());
        return inner.ReleaseAsync(planId, holder, runId, cancellationToken);
    }

    public Task<bool> TryAcquireAsync(string planId, string holder, string runId, DateTime nowUtc, TimeSpan duration, CancellationToken cancellationToken) =>
        inner.TryAcquireAsync(planId, holder, runId, nowUtc, duration, cancellationToken);

    public Task<bool> RenewAsync(string planId, string holder, string runId, DateTime expiresUtc, CancellationToken cancellationToken) =>
        inner.RenewAsync(planId, holder, runId, expiresUtc, cancellationToken);

    public Task<PlanLease?> GetAsync(string planId, CancellationToken cancellationToken) => inner.GetAsync(planId, cancellationToken);

    public Task<IReadOnlyList<PlanLease>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
}
