namespace ContactSync.Http.Quotas;

/// <summary>Zoho CRM editions: they set the org's API credits per rolling 24 hours and its concurrency (zoho-crm-api.md §5).</summary>
public enum ZohoCrmEdition
{
    /// <summary>5,000 credits; 5 calls at once.</summary>
    Free,

    /// <summary>50,000 + 250 per user, at most 100,000 credits; 10 calls at once.</summary>
    Standard,

    /// <summary>50,000 + 500 per user, at most 3,000,000 credits; 15 calls at once.</summary>
    Professional,

    /// <summary>50,000 + 1,000 per user, at most 5,000,000 credits; 20 calls at once.</summary>
    Enterprise,

    /// <summary>50,000 + 2,000 per user, no maximum; 25 calls at once.</summary>
    Ultimate,
}
