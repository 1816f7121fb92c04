using ContactSync.Core.State;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// A run's state store whose first reads — the plan's cursor, its failing records and its write-ahead intents — start as
/// soon as the plan's lease is held, while the run is being recorded, so the engine finds them read instead of waiting
/// for three more round trips before its first call. Holding the lease, no other run writes them meanwhile. Until this
/// store writes anything, the cursor read is served to every call and each list to the first; every other call goes to
/// the inner store.
/// </summary>
internal sealed class PrefetchedStateStore : ISyncStateStore
{
    private readonly ISyncStateStore _inner;
    private readonly string _planId;
    private Task<SyncCursor>? _cursor;
    private Task<IReadOnlyList<RecordFailure>>? _failures;
    private Task<IReadOnlyList<PendingCrmCreate>>? _pending;

    private PrefetchedStateStore(ISyncStateStore inner, string planId)
    {
        _inner = inner;
        _planId = planId;
    }

    /// <summary>Starts reading <paramref name="planId"/>'s cursor, failures and intents from <paramref name="inner"/>.</summary>
    /// <param name="inner">The run's store.</param>
    /// <param name="planId">The plan whose lease the caller holds.</param>
    /// <param name="cancellationToken">The run's token (a read's error or cancellation is raised to the call that takes it).</param>
    public static PrefetchedStateStore Start(ISyncStateStore inner, string planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentException.ThrowIfNullOrEmpty(planId);
        return new PrefetchedStateStore(inner, planId)
        {
            _cursor = Observed(inner.GetCursorAsync(planId, cancellationToken)),
            _failures = Observed(inner.GetFailuresAsync(planId, cancellationToken)),
            _pending = Observed(inner.GetPendingAsync(planId, cancellationToken)),
        };
    }

    /// <inheritdoc />
    public Task<SyncCursor> GetCursorAsync(string planId, CancellationToken cancellationToken) =>
        planId == _planId && Volatile.Read(ref _cursor) is { } read ? read.WaitAsync(cancellationToken) : _inner.GetCursorAsync(planId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordFailure>> GetFailuresAsync(string planId, CancellationToken cancellationToken) =>
        Take(ref _failures, planId, cancellationToken) ?? _inner.GetFailuresAsync(planId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingCrmCreate>> GetPendingAsync(string planId, CancellationToken cancellationToken) =>
        Take(ref _pending, planId, cancellationToken) ?? _inner.GetPendingAsync(planId, cancellationToken);

    /// <inheritdoc />
    public Task SaveCursorAsync(string planId, SyncCursor cursor, CancellationToken cancellationToken)
    {
        Written();
        return _inner.SaveCursorAsync(planId, cursor, cancellationToken);
    }

    /// <inheritdoc />
    public Task ApplyAsync(string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        Written();
        return _inner.ApplyAsync(planId, changes, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeletePlanStateAsync(string planId, CancellationToken cancellationToken)
    {
        Written();
        return _inner.DeletePlanStateAsync(planId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByCrmIdAsync(string planId, IReadOnlyCollection<string> crmIds, CancellationToken cancellationToken) =>
        _inner.GetLinksByCrmIdAsync(planId, crmIds, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByGoogleNameAsync(string planId, IReadOnlyCollection<string> resourceNames, CancellationToken cancellationToken) =>
        _inner.GetLinksByGoogleNameAsync(planId, resourceNames, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SeenRecord>> FindSeenAsync(
        string planId, SideKind side, IReadOnlyCollection<string> emails, IReadOnlyCollection<string> crossRefs, CancellationToken cancellationToken) =>
        _inner.FindSeenAsync(planId, side, emails, crossRefs, cancellationToken);

    /// <inheritdoc />
    public Task<long> CountLinksAsync(string planId, CancellationToken cancellationToken) => _inner.CountLinksAsync(planId, cancellationToken);

    /// <summary>The prefetched read of <paramref name="planId"/>, taken once; null when taken already or for another plan.</summary>
    private Task<T>? Take<T>(ref Task<T>? prefetched, string planId, CancellationToken cancellationToken) =>
        planId == _planId && Interlocked.Exchange(ref prefetched, null) is { } read ? read.WaitAsync(cancellationToken) : null;

    /// <summary>What the store read before may be stale from here on: every later read goes to the inner store.</summary>
    private void Written()
    {
        Volatile.Write(ref _cursor, null);
        Volatile.Write(ref _failures, null);
        Volatile.Write(ref _pending, null);
    }

    /// <summary>The read, with its error observed even when no call ever takes it (a start that fails after the lease).</summary>
    private static Task<T> Observed<T>(Task<T> read)
    {
        _ = read.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return read;
    }
}
