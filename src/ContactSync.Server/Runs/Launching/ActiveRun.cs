using ContactSync.Core.Engine;
using ContactSync.Core.State;
using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Progress;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Launching;

/// <summary>A run executing in this process, with the ports it was started with.</summary>
internal sealed class ActiveRun(RunRecord record, RunPorts ports, CancellationTokenSource cancellation, RunApiObserver api)
{
    private SyncProgress? _progress;
    private RunEtaReading? _eta;
    private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string RunId => Start.Id;

    public string PlanId => Start.PlanId;

    /// <summary>The run as recorded when it started.</summary>
    public RunRecord Start { get; } = record;

    /// <summary>The run's events, fanned out to its streams.</summary>
    public RunBroadcaster Events { get; } = new();

    public CancellationTokenSource Cancellation { get; } = cancellation;

    /// <summary>The run's API calls so far.</summary>
    public RunApiObserver Api { get; } = api;

    /// <summary>A near-real-time run's CRM records (only these are read on the CRM side); null for every other run.</summary>
    public IReadOnlyList<string>? CrmIds { get; init; }

    /// <summary>The run's state store (its first reads started when the plan's lease was taken: <see cref="PrefetchedStateStore"/>).</summary>
    public required ISyncStateStore Store { get; init; }

    /// <summary>The engine's ports (the run disposes them when it ends).</summary>
    public RunPorts Ports { get; } = ports;

    /// <summary>Completes when the run has written (and committed) another batch since the last call of <see cref="Written"/>.</summary>
    public Task Written => Volatile.Read(ref _written).Task;

    /// <summary>Completes when the run has ended and its end is recorded.</summary>
    public Task Completion { get; set; } = Task.CompletedTask;

    /// <summary>The engine's latest progress, or <see langword="null"/> before the first.</summary>
    public SyncProgress? Progress
    {
        get => Volatile.Read(ref _progress);
        set => Volatile.Write(ref _progress, value);
    }

    /// <summary>The latest prediction of the time the run still needs, and when it was made (null: none yet).</summary>
    public RunEtaReading? Eta
    {
        get => Volatile.Read(ref _eta);
        set => Volatile.Write(ref _eta, value);
    }

    /// <summary>The run's length as first predicted (null: not predicted).</summary>
    public TimeSpan? PredictedDuration { get; set; }

    /// <summary>The time still needed at <paramref name="now"/>: the latest prediction less the time since it was made.</summary>
    public TimeSpan? EtaAt(DateTimeOffset now) => Eta is { } eta ? (eta.Left - (now - eta.At) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero) : null;

    /// <summary>Says that a batch was written, so its counts are saved at once.</summary>
    public void SignalWritten() =>
        Interlocked.Exchange(ref _written, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>The start record with the counts of the latest progress (the API calls are not in it).</summary>
    public RunRecord Snapshot() => Progress is not { } progress ? Start with { PredictedDurationMs = PredictedMs } : RunRecordCounts.With(
        Start with { PredictedDurationMs = PredictedMs, Phase = progress.Phase.ToString(), Message = progress.Message },
        progress.Processed, progress.Total, progress.Crm, progress.Google, progress.Conflicts, progress.Errors);

    private long? PredictedMs => PredictedDuration is { } d ? (long)d.TotalMilliseconds : null;

    /// <summary>Asks the run to stop (nothing happens when it has just ended).</summary>
    public async Task TryCancelAsync()
    {
        try
        {
            await Cancellation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The run has just ended.
        }
    }
}
