using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// Predicts how long a run's remaining calls take under the quotas. Each rate quota is shared fairly (the pacer serves plans
/// round-robin) among the runs active on it in this process (<see cref="RunDemands"/>): when run r needs w units of a quota and
/// every other active run j needs w_j, r's last unit goes once w + Σ_j min(w_j, w) units have gone — equal runs all finish
/// together, at their total over the rate; a smaller run finishes sooner. That queue drains at the pace the ledger allows now
/// (shared by every server on the database: what is used in the window now is not free now). A run whose scope is not counted
/// yet is taken to need as much as this one (the likeliest shape when an organisation's plans start together). Concurrency
/// quotas and the services' own latency are left out: under a binding quota they do not decide the time.
/// </summary>
internal sealed class RunEtaEstimator(ServerQuotas quotas, RunDemands demands)
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

        var others = demands.Snapshot().Where(d => d.RunId != runId).ToList();
        var longest = TimeSpan.Zero;
        foreach (var need in Workload(view, work).Needs.Where(n => n.Limit.Kind == QuotaKind.Rate && n.Units > 0))
        {
            var shared = others.Sum(o => Math.Min(o.UnitsOf(need.Key, need.Units), need.Units));
            var status = await pacer.Ledger.GetStatusAsync(need.Key, cancellationToken);
            var rate = status is null ? QuotaKeyRate.Nominal(need.Limit) : QuotaKeyRate.From(status);
            var time = shared == 0 ? QuotaEta.Time(need, rate) : Draining(need.Units + shared, rate);
            longest = time > longest ? time : longest;
        }

        return longest;
    }

    /// <summary>
    /// The time a queue of <paramref name="units"/> shared by several runs needs: what is free now goes at once, the rest at the
    /// quota's pace. Many runs spend a window's units over the whole window, so they come back spread over the next one: the
    /// queue drains continuously, not in whole windows (<see cref="QuotaEta.Time"/>'s whole windows are exact for one run's burst).
    /// </summary>
    private static TimeSpan Draining(long units, QuotaKeyRate rate)
    {
        var left = units - Math.Max(0, rate.AvailableNow);
        return left <= 0 || rate.UnitsPerWindow <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)(rate.Window.Ticks * (left / (double)rate.UnitsPerWindow)));
    }

    /// <summary>The calls of <paramref name="work"/>, priced by the run's cost models.</summary>
    public static QuotaWorkload Workload(RunQuotaView view, RunWork work)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(work);
        var workload = new QuotaWorkload();
        if (view.Crm is { } crm)
        {
            workload.Add(crm, view.CrmReadsOwnersOnly ? ZohoQuotaCalls.Query(Zoho.ZohoCrmClient.MaxCoqlLimit) : ZohoQuotaCalls.ListPage(customView: true), work.CrmPages);
            workload.AddBatches(crm, ZohoQuotaCalls.Insert, work.CrmWrites, 100);
        }

        if (view.Google is { } google)
        {
            workload.Add(google, GoogleQuotaCalls.ListPage(), work.GooglePages);
            workload.AddBatches(google, GoogleQuotaCalls.BatchCreate, work.GoogleWrites, 200);
        }

        return workload;
    }
}
