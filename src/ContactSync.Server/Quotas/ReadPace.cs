namespace ContactSync.Server.Quotas;

/// <summary>How fast the runs' reads go before their writes (measured call times; zero when not measured yet).</summary>
/// <param name="Slots">The CRM read call's scarcest concurrency slots, shared by every run (earliest plan first).</param>
/// <param name="CrmCall">How long one CRM read (or count) takes.</param>
/// <param name="GoogleCall">How long one Google read (or count) takes.</param>
internal sealed record ReadPace(long Slots, TimeSpan CrmCall, TimeSpan GoogleCall)
{
    /// <summary>
    /// When each run's writes start, from now: its CRM reads wait behind the earlier runs' through the slots (and take at least
    /// their own time one after another), then its Google reads. A run not counted yet still has its counts to make and is taken
    /// to read what <paramref name="self"/> reads.
    /// </summary>
    public TimeSpan[] ReadyIn(IReadOnlyList<RunDemand> byOrder, RunWork self)
    {
        ArgumentNullException.ThrowIfNull(byOrder);
        ArgumentNullException.ThrowIfNull(self);
        var ready = new TimeSpan[byOrder.Count];
        long position = 0;
        for (var i = 0; i < byOrder.Count; i++)
        {
            var work = byOrder[i].Work;
            var crm = work?.CrmPages ?? 1 + self.CrmPages;
            var google = work?.GooglePages ?? 1 + self.GooglePages;
            position += crm;
            var crmCalls = crm == 0 ? 0 : Math.Max(crm, (position + Math.Max(1, Slots) - 1) / Math.Max(1, Slots));
            ready[i] = (CrmCall * crmCalls) + (GoogleCall * google);
        }

        return ready;
    }
}
