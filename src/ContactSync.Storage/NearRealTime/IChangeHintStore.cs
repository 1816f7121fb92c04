namespace ContactSync.Storage.NearRealTime;

/// <summary>
/// Changes near-real-time plans have not run for yet (the hints of Zoho notifications and Google polls), and the keys of
/// the notifications already received. In the database, so a notification received by one server starts the run on
/// whichever server takes the plan's lease.
/// </summary>
public interface IChangeHintStore
{
    /// <summary>Records a notification's key; false when it was recorded before (a repeated delivery).</summary>
    Task<bool> TryRecordReceiptAsync(string key, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Forgets the keys of notifications received before <paramref name="beforeUtc"/>.</summary>
    Task PruneReceiptsAsync(DateTime beforeUtc, CancellationToken cancellationToken);

    /// <summary>Adds waiting changes of a plan: CRM records and/or "Google changed" (already waiting ones keep their time).</summary>
    Task AddAsync(string planId, IReadOnlyCollection<string> crmIds, bool google, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>The plans with waiting changes and the times of their oldest and newest change.</summary>
    Task<IReadOnlyList<PendingChange>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes over (removes and returns) the plan's changes that arrived at or before <paramref name="uptoUtc"/>. Called by
    /// a run holding the plan's lease, so no two servers take the same changes.
    /// </summary>
    Task<ClaimedChanges> ClaimAsync(string planId, DateTime uptoUtc, CancellationToken cancellationToken);

    /// <summary>How many changes of the plan wait (CRM records, and 1 for "Google changed").</summary>
    Task<int> CountAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Forgets every waiting change of the plan (deleted, or no longer near-real-time).</summary>
    Task DeletePlanAsync(string planId, CancellationToken cancellationToken);
}
