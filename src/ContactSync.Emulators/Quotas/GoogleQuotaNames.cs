namespace ContactSync.Emulators.Quotas;

/// <summary>
/// The names a 429 body uses. Seen in real bodies (/work/shared/reference/google-people-api.md §4):
/// <c>people.googleapis.com/critical_read_requests</c> with limit <c>CriticalReadsPerMinutePerProjectPerUser</c> and
/// <c>people.googleapis.com/critical_write_requests</c> with <c>CriticalWritesPerMinutePerProjectPerUser</c>. The other
/// names (group reads, deletes and group writes, full-sync pages, daily writes, per-project limits) are not documented and
/// are formed by analogy.
/// </summary>
internal static class GoogleQuotaNames
{
    public static (string Metric, string Display) Of(GoogleQuotaMetric metric) => metric switch
    {
        GoogleQuotaMetric.CriticalReads => ("people.googleapis.com/critical_read_requests", "Critical read requests (Contact and Profile Reads)"),
        GoogleQuotaMetric.CriticalWrites => ("people.googleapis.com/critical_write_requests", "Critical write requests (Contact and Profile Writes)"),
        GoogleQuotaMetric.GroupReads => ("people.googleapis.com/contact_group_read_requests", "Contact group read requests"),
        GoogleQuotaMetric.DeletesAndGroupWrites => ("people.googleapis.com/delete_and_group_write_requests", "Delete and contact group write requests"),
        GoogleQuotaMetric.FullSyncFirstPages => ("people.googleapis.com/full_sync_requests", "Full sync requests"),
        _ => ("people.googleapis.com/contact_writes", "Contact writes"),
    };

    public static string LimitName(GoogleQuotaMetric metric, bool perUser) => metric switch
    {
        GoogleQuotaMetric.CriticalReads => perUser ? "CriticalReadsPerMinutePerProjectPerUser" : "CriticalReadsPerMinutePerProject",
        GoogleQuotaMetric.CriticalWrites => perUser ? "CriticalWritesPerMinutePerProjectPerUser" : "CriticalWritesPerMinutePerProject",
        GoogleQuotaMetric.GroupReads => perUser ? "GroupReadsPerMinutePerProjectPerUser" : "GroupReadsPerMinutePerProject",
        GoogleQuotaMetric.DeletesAndGroupWrites => perUser ? "DeletesAndGroupWritesPerMinutePerProjectPerUser" : "DeletesAndGroupWritesPerMinutePerProject",
        GoogleQuotaMetric.FullSyncFirstPages => "FullSyncRequestsPerMinutePerProjectPerUser",
        _ => "ContactWritesPerDayPerProjectPerUser",
    };

    public static string LimitDisplay(GoogleQuotaMetric metric, bool perUser) => metric switch
    {
        GoogleQuotaMetric.ContactWrites => Of(metric).Display + " per day per user",
        _ => Of(metric).Display + (perUser ? " per minute per user" : " per minute"),
    };
}
