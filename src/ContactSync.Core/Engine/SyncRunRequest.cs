namespace ContactSync.Core.Engine;

/// <summary>How to run.</summary>
/// <param name="Full">Reconcile everything in scope instead of reading changes.</param>
/// <param name="DryRun">Plan only: write nothing, return the planned changes.</param>
public sealed record SyncRunRequest(bool Full = false, bool DryRun = false)
{
    /// <summary>
    /// A targeted incremental run (near-real-time): when set, the CRM side first reads these records by id (in the plan's
    /// scope, as its user sees them; read even when the list's lag still hides them), then every record modified since the
    /// watermark as any incremental run (the catch-up read: a change whose notification was lost comes with it), and the
    /// watermark advances as in any incremental run. The CRM deletions and the Google changes since the sync token are read
    /// as in any incremental run. Ignored by full runs (and by a plan's first run, which is always full).
    /// </summary>
    public IReadOnlyList<string>? CrmIds { get; init; }
}
