using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>Runs plans: each run reads both sides, plans (matching, field-level merge, deletions, caps) and applies the plan in batches (see <see cref="SyncRun"/>).</summary>
public sealed class SyncEngine
{
    private readonly ISyncStateStore _store;

    /// <summary>Creates the engine over a state store.</summary>
    public SyncEngine(ISyncStateStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>Runs one plan once. Cancellation stops after the current batch; what was applied stays linked.</summary>
    public Task<SyncRunResult> RunAsync(
        SyncEngineSettings settings,
        ICrmContacts crm,
        IGoogleContacts google,
        SyncRunRequest request,
        ISyncProgressSink progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(crm);
        ArgumentNullException.ThrowIfNull(google);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        return new SyncRun(settings, crm, google, _store, request, progress).ExecuteAsync(cancellationToken);
    }
}
