using ContactSync.Storage.Runs;

namespace ContactSync.Server.Tests.Runs;

/// <summary>
/// The real run repository, whose <see cref="CreateAsync"/> and <see cref="UpdateAsync"/> first wait for what the test says;
/// <paramref name="afterUpdate"/> is told of every record saved.
/// </summary>
internal sealed class GatedRunRepository(
    IRunRepository inner, Func<RunRecord, Task>? beforeCreate = null, Func<RunRecord, Task>? beforeUpdate = null, Action<RunRecord>? afterUpdate = null) : IRunRepository
{
    public async Task CreateAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await (beforeCreate?.Invoke(run) ?? Task.CompletedTask);
        await inner.CreateAsync(run, cancellationToken);
    }

    public async Task<bool> UpdateAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await (beforeUpdate?.Invoke(run) ?? Task.CompletedTask);
        var cancelRequested = await inner.UpdateAsync(run, cancellationToken);
        afterUpdate?.Invoke(run);
        return cancelRequested;
    }

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
