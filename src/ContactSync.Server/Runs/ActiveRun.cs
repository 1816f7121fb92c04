using ContactSync.Core.Engine;
using ContactSync.Google;
using ContactSync.Storage.Runs;
using ContactSync.Zoho;
using ContactSync.Zoho.Access;

namespace ContactSync.Server.Runs;

/// <summary>A run executing in this process.</summary>
internal sealed class ActiveRun(RunRecord record, CancellationTokenSource cancellation, RunApiObserver? api = null)
{
    private SyncProgress? _progress;
    private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string RunId => Start.Id;

    public string PlanId => Start.PlanId;

    public RunRecord Start { get; } = record;

    public RunBroadcaster Events { get; } = new();

    public CancellationTokenSource Cancellation { get; } = cancellation;

    public RunApiObserver Api { get; } = api ?? new();

    /// <summary>Completes when the run has written (and committed) another batch since the last call of <see cref="Written"/>.</summary>
    public Task Written => Volatile.Read(ref _written).Task;

    /// <summary>Says that a batch was written, so its counts are saved at once.</summary>
    public void SignalWritten() =>
        Interlocked.Exchange(ref _written, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public Task Completion { get; set; } = Task.CompletedTask;

    public ZohoCrmClient? Zoho { get; set; }

    public GoogleContactsClient? Google { get; set; }

    public CrmAccess? Access { get; set; }

    public SyncProgress? Progress
    {
        get => Volatile.Read(ref _progress);
        set => Volatile.Write(ref _progress, value);
    }
}
