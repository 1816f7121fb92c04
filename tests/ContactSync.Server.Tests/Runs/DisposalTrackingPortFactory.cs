using ContactSync.Core.Diagnostics;
using ContactSync.Core.Plans;
using ContactSync.Server.Runs.Launching;

namespace ContactSync.Server.Tests.Runs;

/// <summary>The real port factory, wrapped so a test knows when the ports it built were given back (their clients disposed).</summary>
internal sealed class DisposalTrackingPortFactory(IRunPortFactory inner) : IRunPortFactory
{
    private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a run's ports have been built.</summary>
    public Task Built => _built.Task;

    /// <summary>Completes when ports built here are disposed.</summary>
    public Task Disposed => _disposed.Task;

    public async Task<RunPorts> CreateAsync(StoredSyncPlan plan, IApiCallObserver observer, CancellationToken cancellationToken)
    {
        var ports = await inner.CreateAsync(plan, observer, cancellationToken);
        _built.TrySetResult();
        return new RunPorts(ports.Crm, ports.Google, new Release(ports, _disposed), ports.Quota) { GoogleAccount = ports.GoogleAccount };
    }

    private sealed class Release(RunPorts ports, TaskCompletionSource disposed) : IDisposable
    {
        public void Dispose()
        {
            ports.Dispose();
            disposed.TrySetResult();
        }
    }
}
