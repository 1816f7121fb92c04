namespace ContactSync.Server.Quotas;

/// <summary>How fast the runs' reads go before their writes (measured call times; zero when not measured yet).</summary>
/// <param name="Slots">The CRM read call's scarcest concurrency slots, shared by every run (earliest plan first).</param>
/// <param name="CrmCall">How long one CRM read (or count) takes.</param>
/// <param name="GoogleCall">How long one Google read (or count) takes.</param>
internal sealed record ReadPace(long Slots, TimeSpan CrmCall, TimeSpan GoogleCall)
{
    /// <summary>
    /// When each run's writes start, from now: its CRM reads wait through the slots behind every call the earlier runs still
    /// make there (their reads, and their CRM writes, which take the same slots), and take at least their own time one after
    /// another; then its Google reads. A run not counted yet still has its counts to make and is taken to do what
    /// <paramref name="self"/> does.
    /// </summary>
    public TimeSpan[] ReadyIn(IReadOnlyList<RunDemand> byOrder, RunWork self)
    {
        ArgumentNullException.ThrowIfNull(byOrder);
        ArgumentNullException.ThrowIfNull(self);
        var ready = new TimeSpan[byOrder.Count];
        var slots = Math.Max(1, Slots);
        long ahead = 0;
        for (var i = 0; i < byOrder.Count; i++)
        {
            var work = byOrder[i].Work;
            var crm = work?.CrmPages ?? 1 + self.CrmPages;
            var google = work?.GooglePages ?? 1 + self.GooglePages;
            var crmCalls = crm == 0 ? 0 : Math.Max(crm, (ahead + crm + slots - 1) / slots);
            ready[i] = (CrmCall * crmCalls) + (GoogleCall * google);
            ahead += crm + CrmWrites(work ?? self);
        }

        return ready;
    }

    private static long CrmWrites(RunWork work) => (work.CrmWrites + RunCalls.CrmBatch - 1) / RunCalls.CrmBatch;
}
