using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// A run's remaining calls one by one, in the order the engine sends them (pure): the CRM pages, the Google pages, the Google
/// writes in batches of 200, the CRM writes in batches of 100 — each priced by the run's cost models.
/// </summary>
internal static class RunCalls
{
    /// <summary>Google contacts per batch create or update.</summary>
    public const int GoogleBatch = 200;

    /// <summary>CRM records per insert or update.</summary>
    public const int CrmBatch = 100;

    /// <summary>The units each remaining call of <paramref name="work"/> takes of <paramref name="key"/>, in order.</summary>
    public static List<long> Grants(RunQuotaView view, RunWork work, QuotaKey key)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(work);
        var grants = new List<long>();
        void Add(IQuotaCostModel? model, QuotaRequest call, long times)
        {
            var units = model?.ChargesOf(call).Where(c => c.Key == key).Sum(c => c.Units) ?? 0;
            for (var i = 0; i < times && units > 0; i++)
            {
                grants.Add(units);
            }
        }

        Add(view.Crm, ReadPage(view), work.CrmPages);
        Add(view.Google, GoogleQuotaCalls.ListPage(), work.GooglePages);
        Add(view.Google, GoogleQuotaCalls.BatchCreate(GoogleBatch), work.GoogleWrites / GoogleBatch);
        Add(view.Google, GoogleQuotaCalls.BatchCreate((int)(work.GoogleWrites % GoogleBatch)), work.GoogleWrites % GoogleBatch > 0 ? 1 : 0);
        Add(view.Crm, ZohoQuotaCalls.Insert(CrmBatch), work.CrmWrites / CrmBatch);
        Add(view.Crm, ZohoQuotaCalls.Insert((int)(work.CrmWrites % CrmBatch)), work.CrmWrites % CrmBatch > 0 ? 1 : 0);
        return grants;
    }

    /// <summary>The CRM read call of the run: a COQL query of its owners' records, or a page of its view.</summary>
    public static QuotaRequest ReadPage(RunQuotaView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.CrmReadsOwnersOnly ? ZohoQuotaCalls.Query(Zoho.ZohoCrmClient.MaxCoqlLimit) : ZohoQuotaCalls.ListPage(customView: true);
    }
}
