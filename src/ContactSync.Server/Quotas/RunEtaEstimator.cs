using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// Predicts how long a run's remaining calls take under the quotas: the least time <see cref="QuotaEta"/> gives for the work,
/// each rate quota at what the ledger allows now (shared by every server on the database) and split equally among the plans
/// waiting on it, this one included. Concurrency quotas and the services' own latency are left out: under a binding quota
/// they do not decide the time.
/// </summary>
internal sealed class RunEtaEstimator(ServerQuotas quotas)
{
    /// <summary>The time <paramref name="work"/> needs; null when nothing is paced.</summary>
    public async Task<TimeSpan?> EstimateAsync(RunQuotaView view, RunWork work, string planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(work);
        if (quotas.Pacer is not { } pacer || !view.Paced)
        {
            return null;
        }

        var workload = Workload(view, work);
        var snapshot = pacer.Snapshot();
        var waiting = snapshot.WaitingByPlan.ContainsKey(planId);
        var rates = new Dictionary<QuotaKey, QuotaKeyRate?>();
        foreach (var need in workload.Needs.Where(n => n.Limit.Kind == QuotaKind.Rate))
        {
            var sharing = Math.Max(1, snapshot.PlansWaitingByKey.GetValueOrDefault(need.Key) + (waiting ? 0 : 1));
            var status = await pacer.Ledger.GetStatusAsync(need.Key, cancellationToken);
            rates[need.Key] = status is null ? QuotaKeyRate.Nominal(need.Limit, sharing) : QuotaKeyRate.From(status, sharing);
        }

        return QuotaEta.LeastTime(workload, key => rates.GetValueOrDefault(key)).LeastTime;
    }

    private static QuotaWorkload Workload(RunQuotaView view, RunWork work)
    {
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
