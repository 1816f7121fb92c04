namespace ContactSync.Core.State;

/// <summary>Durable sync state of plans: cursors, links with snapshots, seen records, failures and intents.</summary>
public interface ISyncStateStore
{
    /// <summary>The plan's cursor (<see cref="SyncCursor.Empty"/> for a plan that never ran).</summary>
    Task<SyncCursor> GetCursorAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Stores the plan's cursor.</summary>
    Task SaveCursorAsync(string planId, SyncCursor cursor, CancellationToken cancellationToken);

    /// <summary>The links of these CRM ids.</summary>
    Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByCrmIdAsync(string planId, IReadOnlyCollection<string> crmIds, CancellationToken cancellationToken);

    /// <summary>The links of these Google resource names.</summary>
    Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByGoogleNameAsync(string planId, IReadOnlyCollection<string> resourceNames, CancellationToken cancellationToken);

    /// <summary>Seen records of one side whose email or cross-reference is among the given ones.</summary>
    Task<IReadOnlyList<SeenRecord>> FindSeenAsync(string planId, SideKind side, IReadOnlyCollection<string> emails, IReadOnlyCollection<string> crossRefs, CancellationToken cancellationToken);

    /// <summary>The records currently failing.</summary>
    Task<IReadOnlyList<RecordFailure>> GetFailuresAsync(string planId, CancellationToken cancellationToken);

    /// <summary>The write-ahead intents left by an interrupted run.</summary>
    Task<IReadOnlyList<PendingCrmCreate>> GetPendingAsync(string planId, CancellationToken cancellationToken);

    /// <summary>How many links the plan has.</summary>
    Task<long> CountLinksAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Commits one batch of state changes atomically.</summary>
    Task ApplyAsync(string planId, StateChanges changes, CancellationToken cancellationToken);

    /// <summary>Removes all state of a plan (plan deleted).</summary>
    Task DeletePlanStateAsync(string planId, CancellationToken cancellationToken);
}
