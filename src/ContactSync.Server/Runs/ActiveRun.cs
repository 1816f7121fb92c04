using ContactSync.Core.Engine;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs;

/// <summary>A run executing in this process, with the ports it was started with.</summary>
internal sealed class ActiveRun(RunRecord record, RunPorts ports, CancellationTokenSource cancellation, RunApiObserver api)
{
    private SyncProgress? _progress;
    private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string RunId => Start.Id;

    public string PlanId => Start.PlanId;

    public RunRecord Start { get; } = record;

    public RunBroadcaster Events { get; } = new();

    public CancellationTokenSource Cancellation { get; } = cancellation;

    public RunApiObserver Api { get; } = api;

    /// <summary>The engine's ports (the run disposes them when it ends).</summary>
    public RunPorts Ports { get; } = ports;

    /// <summary>Completes when the run has written (and committed) another batch since the last call of <see cref="Written"/>.</summary>
    public Task Written => Volatile.Read(ref _written).Task;

    /// <summary>Says that a batch was written, so its counts are saved at once.</summary>
    public void SignalWritten() =>
        Interlocked.Exchange(ref _written, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public Task Completion { get; set; } = Task.CompletedTask;

    public SyncProgress? Progress
    {
        get => Volatile.Read(ref _progress);
        set => Volatile.Write(ref _progress, value);
    }
}
