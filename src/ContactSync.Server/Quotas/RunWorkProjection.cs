using ContactSync.Core.Engine;

namespace ContactSync.Server.Quotas;

/// <summary>
/// The calls a run still needs, from its scope and its progress (pure). Reads: the CRM view's records not yet processed in
/// pages of 200, the Google account's contacts in pages of 1,000 while Google is still read. Writes: an upper bound — every
/// record in scope needs one write on the other side (true for a first sync into an empty side; pairs that already agree
/// need none), less the writes made so far. Without counts (incremental runs) the records read so far are the scope.
/// </summary>
internal static class RunWorkProjection
{
    /// <summary>Records per CRM list page (a view read; COQL reads take <see cref="RunScope.CrmPageSize"/>).</summary>
    public const int CrmPageSize = 200;

    /// <summary>Contacts per Google list page.</summary>
    public const int GooglePageSize = 1000;

    /// <summary>What is left of the run's work after <paramref name="progress"/> (null: before it started).</summary>
    public static RunWork Remaining(RunScope scope, SyncProgress? progress)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var processed = progress?.Processed ?? 0;
        var crm = Math.Max(scope.CrmRecords ?? 0, progress?.Total ?? 0);
        var readingGoogle = progress is null || progress.Phase == EnginePhase.ReadingGoogle;
        var googleWrites = scope.WritesGoogle ? Math.Max(0, crm - Writes(progress?.Google)) : 0;
        var crmWrites = scope.WritesCrm ? Math.Max(0, (scope.GoogleContacts ?? 0) - Writes(progress?.Crm)) : 0;
        return new RunWork(
            Pages(Math.Max(0, crm - processed), scope.CrmPageSize),
            readingGoogle ? Pages(scope.GoogleContacts ?? 0, GooglePageSize) : 0,
            googleWrites,
            crmWrites);
    }

    /// <summary>The work of a run that applies exactly the changes a dry run listed (its reads included).</summary>
    public static RunWork Planned(RunScope scope, long googleWrites, long crmWrites)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new RunWork(Pages(scope.CrmRecords ?? 0, scope.CrmPageSize), Pages(scope.GoogleContacts ?? 0, GooglePageSize), googleWrites, crmWrites);
    }

    private static long Writes(SideTally? tally) => tally is null ? 0 : tally.Created + tally.Updated + tally.Failed;

    private static long Pages(long records, int pageSize) => records <= 0 ? 0 : (records + pageSize - 1) / pageSize;
}
