using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// Predicts how long a run's remaining calls take under the quotas. A rate quota the run alone draws on in this process takes
/// its least time (<see cref="QuotaEta.Time"/>). A quota it shares with the other runs active in this process
/// (<see cref="RunDemands"/>) is played forward through the pacer's order (<see cref="SharedQuotaForecast"/>): each run joins
/// once its reads are done (measured call times through the CRM's concurrency slots), the runs never served go first by
/// arrival, then round-robin, at the pace the ledger allows (shared by every server on the database: what is used in the
/// window now is not free now); the run's time is its last grant there, plus its own last call and its writes to the other
/// side. A run whose scope is not counted yet is taken to need as much as this one.
/// </summary>
internal sealed class RunEtaEstimator(ServerQuotas quotas, RunDemands demands, TimeProvider time)
{
    /// <summary>The time <paramref name="work"/> of run <paramref name="runId"/> needs; null when nothing is paced.</summary>
    public async Task<TimeSpan?> EstimateAsync(RunQuotaView view, RunWork work, string runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(work);
        if (quotas.Pacer is not { } pacer || !view.Paced)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var all = demands.Snapshot();
        var known = all.FirstOrDefault(d => d.RunId == runId);
        var self = new RunDemand(runId, view, work) { Order = known?.Order ?? long.MaxValue, Started = known?.Started ?? now, Served = known?.Served ?? false };
        var others = all.Where(d => d.RunId != runId).ToList();
        var longest = TimeSpan.Zero;
        foreach (var need in Workload(view, work).Needs.Where(n => n.Limit.Kind == QuotaKind.Rate && n.Units > 0))
        {
            var sharing = others.Where(o => o.UnitsOf(need.Key, need.Units) > 0).ToList();
            var status = await pacer.Ledger.GetStatusAsync(need.Key, cancellationToken);
            var rate = status is null ? QuotaKeyRate.Nominal(need.Limit) : QuotaKeyRate.From(status);
            var left = sharing.Count == 0 ? QuotaEta.Time(need, rate) : Shared(pacer, need.Key, rate, now, self, sharing);
            longest = left > longest ? left : longest;
        }

        return longest;
    }

    private static TimeSpan Shared(QuotaPacer pacer, QuotaKey key, QuotaKeyRate rate, DateTimeOffset now, RunDemand self, List<RunDemand> sharing)
    {
        var view = self.View;
        var work = self.Work ?? RunWork.None;
        var started = sharing.Select(s => s.Started).Append(self.Started).Min();
        var readCharges = view.Crm?.ChargesOf(RunCalls.ReadPage(view)) ?? [];
        var slots = readCharges.Where(c => c.Limit.Kind == QuotaKind.Concurrency).OrderBy(c => c.Limit.Limit).FirstOrDefault();
        var reads = new ReadPace(
            slots?.Limit.Limit ?? long.MaxValue,
            slots is null ? Slowest(pacer, readCharges) : pacer.CallTime(slots.Key) ?? TimeSpan.Zero,
            Slowest(pacer, view.Google?.ChargesOf(GoogleQuotaCalls.ListPage()) ?? []));
        var inserts = view.Crm?.ChargesOf(ZohoQuotaCalls.Insert(RunCalls.CrmBatch)) ?? [];
        var after = inserts.Any(c => c.Key == key) ? TimeSpan.Zero : Slowest(pacer, inserts) * ((work.CrmWrites + RunCalls.CrmBatch - 1) / RunCalls.CrmBatch);
        // Before any call on the quota has ended, its calls are taken to last as long as the slowest the run has seen.
        var gap = pacer.CallTime(key) ?? new[] { reads.CrmCall, reads.GoogleCall }.Max();
        return SharedQuotaForecast.Time(key, rate, now - started, self, sharing, reads, gap, after);
    }

    /// <summary>The longest measured call time among <paramref name="charges"/>' quotas (zero when none is measured).</summary>
    private static TimeSpan Slowest(QuotaPacer pacer, IEnumerable<QuotaCharge> charges) =>
        charges.Select(c => pacer.CallTime(c.Key) ?? TimeSpan.Zero).DefaultIfEmpty(TimeSpan.Zero).Max();

    /// <summary>The calls of <paramref name="work"/>, priced by the run's cost models.</summary>
    public static QuotaWorkload Workload(RunQuotaView view, RunWork work)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(work);
        var workload = new QuotaWorkload();
        if (view.Crm is { } crm)
        {
            workload.Add(crm, RunCalls.ReadPage(view), work.CrmPages);
            workload.AddBatches(crm, ZohoQuotaCalls.Insert, work.CrmWrites, RunCalls.CrmBatch);
        }

        if (view.Google is { } google)
        {
            workload.Add(google, GoogleQuotaCalls.ListPage(), work.GooglePages);
            workload.AddBatches(google, GoogleQuotaCalls.BatchCreate, work.GoogleWrites, RunCalls.GoogleBatch);
        }

        return workload;
    }
}
