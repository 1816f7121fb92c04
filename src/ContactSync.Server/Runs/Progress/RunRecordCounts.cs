using ContactSync.Core.Engine;
using ContactSync.Storage.Runs;

namespace ContactSync.Server.Runs.Progress;

/// <summary>The engine's counts (of a progress report or of the run's result) written onto a run record, in one place.</summary>
internal static class RunRecordCounts
{
    /// <summary>The record with the counts of a progress report or a result.</summary>
    public static RunRecord With(RunRecord record, long processed, long total, SideTally crm, SideTally google, int conflicts, int errors) => record with
    {
        Processed = processed,
        Total = total,
        CrmCreated = crm.Created,
        CrmUpdated = crm.Updated,
        CrmDeleted = crm.Deleted,
        CrmFailed = crm.Failed,
        GoogleCreated = google.Created,
        GoogleUpdated = google.Updated,
        GoogleDeleted = google.Deleted,
        GoogleFailed = google.Failed,
        Conflicts = conflicts,
        Errors = errors,
    };
}
