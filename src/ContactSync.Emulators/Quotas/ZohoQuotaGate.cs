using System.Text.Json.Nodes;
using ContactSync.Emulators.Zoho;

namespace ContactSync.Emulators.Quotas;

/// <summary>
/// Zoho CRM's org limits: credits per rolling 24 hours and calls in flight (all calls, and "complex" ones). Over either the
/// call gets 429 TOO_MANY_REQUESTS; the documented status text covers both causes. Zoho documents no Retry-After.
/// </summary>
internal sealed class ZohoQuotaGate(QuotaBook book, RollingCreditWindow credits)
{
    private const string TooManyMessage = "Number of API requests for the 24 hour period is exceeded or the concurrency limit of the user for the app is exceeded";
    private readonly object _sync = new();
    private int _inFlight;
    private int _complexInFlight;

    /// <summary>Lets the call in (taking its credits and a concurrency slot) or refuses it.</summary>
    public ZohoAdmission Admit(string method, string[] segments, IQueryCollection query, int records)
    {
        var options = book.Options;
        var limits = options.Zoho;
        var complex = IsComplex(method, segments, query, records);
        lock (_sync)
        {
            if ((limits.Concurrency > 0 && _inFlight >= limits.Concurrency) || (complex && limits.SubConcurrency > 0 && _complexInFlight >= limits.SubConcurrency))
            {
                book.Refusals.Record("zoho", complex && _inFlight < limits.Concurrency ? "SubConcurrency" : "Concurrency");
                return new ZohoAdmission(ZohoErrors.Error("TOO_MANY_REQUESTS", TooManyMessage), null, null);
            }

            var day = options.Scaled(TimeSpan.FromDays(1));
            if (!credits.TrySpend(CreditsOf(limits, method, segments, query, records), limits.CreditsPerDay, day))
            {
                book.Refusals.Record("zoho", "CreditsPerDay");
                return new ZohoAdmission(ZohoErrors.Error("TOO_MANY_REQUESTS", TooManyMessage), null, Remaining(limits, day));
            }

            _inFlight++;
            if (complex)
            {
                _complexInFlight++;
            }

            return new ZohoAdmission(null, () => Leave(complex), Remaining(limits, day));
        }
    }

    /// <summary>Credits left in the rolling day (null when unlimited).</summary>
    public long? CreditsLeft()
    {
        var limits = book.Options.Zoho;
        return limits.CreditsPerDay > 0 ? limits.CreditsPerDay - credits.Spent(book.Options.Scaled(TimeSpan.FromDays(1))) : null;
    }

    private long? Remaining(ZohoQuotaLimits limits, TimeSpan day)
    {
        if (limits.CreditsPerDay <= 0)
        {
            return null;
        }

        var spent = credits.Spent(day);
        return spent >= limits.CreditsPerDay * limits.RemainingHeaderThreshold ? limits.CreditsPerDay - spent : null;
    }

    private void Leave(bool complex)
    {
        lock (_sync)
        {
            _inFlight--;
            if (complex)
            {
                _complexInFlight--;
            }
        }
    }

    /// <summary>1 credit per call; inserts/updates/upserts 1 per 10 records; cvid and deleted reads as configured.</summary>
    internal static long CreditsOf(ZohoQuotaLimits limits, string method, string[] segments, IQueryCollection query, int records)
    {
        if (segments.Length > 0 && segments[0] == "Contacts" && method is "POST" or "PUT" && (segments.Length == 1 || segments[1] == "upsert"))
        {
            return Math.Max(1, (records + 9) / 10);
        }

        if (method == "GET" && segments is ["Contacts"] && query["cvid"].ToString().Length > 0)
        {
            return limits.CvidReadCredits;
        }

        if (method == "POST" && segments is ["coql"])
        {
            return CoqlCredits(limits.CoqlCredits, records);
        }

        return method == "GET" && segments is ["Contacts", "deleted"] ? limits.DeletedReadCredits : 1;
    }

    /// <summary>COQL credits by the rows asked: ≤ 200, ≤ 1,000, more (the tiers of <see cref="ZohoQuotaLimits.CoqlCredits"/>).</summary>
    internal static long CoqlCredits(IReadOnlyList<int> tiers, int limit) =>
        tiers.Count == 0 ? 1 : tiers[Math.Min(tiers.Count - 1, limit <= 200 ? 0 : limit <= 1000 ? 1 : 2)];

    /// <summary>Complex calls (sub-concurrency): Get Records with cvid or sort_by, writes of more than 10 records, COQL.</summary>
    private static bool IsComplex(string method, string[] segments, IQueryCollection query, int records) =>
        (method == "POST" && segments is ["coql"]) || (method == "GET" && segments is ["Contacts"] && (query["cvid"].ToString().Length > 0 || query["sort_by"].ToString().Length > 0))
        || (method is "POST" or "PUT" && records > 10);
}
