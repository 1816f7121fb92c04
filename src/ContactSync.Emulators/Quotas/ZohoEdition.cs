namespace ContactSync.Emulators.Quotas;

/// <summary>Zoho CRM editions, which set an org's daily API credits and its concurrency limit.</summary>
public enum ZohoEdition
{
    /// <summary>5,000 credits a day; 5 concurrent calls.</summary>
    Free,

    /// <summary>50,000 + 250 per user (at most 100,000) a day; 10 concurrent calls.</summary>
    Standard,

    /// <summary>50,000 + 500 per user (at most 3,000,000) a day; 15 concurrent calls.</summary>
    Professional,

    /// <summary>50,000 + 1,000 per user (at most 5,000,000) a day; 20 concurrent calls.</summary>
    Enterprise,

    /// <summary>50,000 + 2,000 per user (no maximum) a day; 25 concurrent calls.</summary>
    Ultimate,
}
