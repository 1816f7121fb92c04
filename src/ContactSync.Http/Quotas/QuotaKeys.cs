namespace ContactSync.Http.Quotas;

/// <summary>The names of the quotas both services meter. Accounts are compared without case (Google's email addresses).</summary>
public static class QuotaKeys
{
    /// <summary>A People API quota of one user (the account a connection acts as).</summary>
    public static QuotaKey GoogleUser(string account, GoogleQuotaMetric metric) => new($"google/user/{Account(account)}/{Slug(metric)}");

    /// <summary>A People API quota of the Cloud project (every account the project's credentials act as, together).</summary>
    public static QuotaKey GoogleProject(string project, GoogleQuotaMetric metric) => new($"google/project/{project}/{Slug(metric)}");

    /// <summary>One user's People API mutations in flight.</summary>
    public static QuotaKey GoogleMutationsInFlight(string account) => new($"google/user/{Account(account)}/mutations-in-flight");

    /// <summary>A Zoho CRM org's API credits per rolling 24 hours.</summary>
    public static QuotaKey ZohoCredits(string org) => new($"zoho/org/{org}/credits");

    /// <summary>A Zoho CRM org's calls in flight.</summary>
    public static QuotaKey ZohoConcurrency(string org) => new($"zoho/org/{org}/concurrency");

    /// <summary>A Zoho CRM org's "complex" calls in flight.</summary>
    public static QuotaKey ZohoSubConcurrency(string org) => new($"zoho/org/{org}/sub-concurrency");

    private static string Account(string account) => account.Trim().ToLowerInvariant();

    private static string Slug(GoogleQuotaMetric metric) => metric switch
    {
        GoogleQuotaMetric.CriticalReads => "critical-reads",
        GoogleQuotaMetric.CriticalWrites => "critical-writes",
        GoogleQuotaMetric.GroupReads => "group-reads",
        GoogleQuotaMetric.DeletesAndGroupWrites => "deletes-and-group-writes",
        GoogleQuotaMetric.FullSyncFirstPages => "full-sync-first-pages",
        GoogleQuotaMetric.ContactWrites => "contact-writes-per-day",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
