using ContactSync.Storage.Runs;

namespace ContactSync.Server.Tests.Runs;

/// <summary>The real run repository, whose <see cref="CreateAsync"/> first waits for <paramref name="until"/> (2 minutes at most: a deadlock guard).</summary>
internal sealed class GatedRunRepository(IRunRepository inner, Task until) : IRunRepository
{
    public async Task CreateAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await until.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        await inner.CreateAsync(run, cancellationToken);
    }

    public Task<bool> UpdateAsync(RunRecord run, CancellationToken cancellationToken) => inner.UpdateAsync(run, cancellationToken);

    public Task<RunRecord?> GetAsync(string runId, CancellationToken cancellationToken) => inner.GetAsync(runId, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> ListAsync(IReadOnlyCollection<string>? planIds, int skip, int take, CancellationToken cancellationToken) =>
        inner.ListAsync(planIds, skip, take, cancellationToken);

    public Task<RunRecord?> LastEndedAsync(string planId, bool successfulOnly, CancellationToken cancellationToken) =>
        inner.LastEndedAsync(planId, successfulOnly, cancellationToken);

    public Task<RunRecord?> LastEndedExceptAsync(string planId, string trigger, CancellationToken cancellationToken) =>
        inner.LastEndedExceptAsync(planId, trigger, cancellationToken);

    public Task<int> ConsecutiveFailuresAsync(string planId, CancellationToken cancellationToken) => inner.ConsecutiveFailuresAsync(planId, cancellationToken);

    public Task<RunRecord?> RunningAsync(string planId, CancellationToken cancellationToken) => inner.RunningAsync(planId, cancellationToken);

    public Task<bool> RequestCancelAsync(string runId, CancellationToken cancellationToken) => inner.RequestCancelAsync(runId, cancellationToken);

    public Task<int> CloseAbandonedAsync(string planId, DateTime nowUtc, CancellationToken cancellationToken) => inner.CloseAbandonedAsync(planId, nowUtc, cancellationToken);
}
