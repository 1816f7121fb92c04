using ContactSync.Core.Engine;
using ContactSync.Google;
using ContactSync.Server.Permissions;
using ContactSync.Storage.Runs;
using ContactSync.Zoho;

namespace ContactSync.Server.Runs;

/// <summary>A run executing in this process.</summary>
internal sealed class ActiveRun(RunRecord record, CancellationTokenSource cancellation)
{
    private SyncProgress? _progress;

    public string RunId => Start.Id;

    public string PlanId => Start.PlanId;

    public RunRecord Start { get; } = record;

    public RunBroadcaster Events { get; } = new();

    public CancellationTokenSource Cancellation { get; } = cancellation;

    public RunApiObserver Api { get; } = new();

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
