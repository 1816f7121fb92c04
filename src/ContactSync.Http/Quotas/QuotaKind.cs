namespace ContactSync.Http.Quotas;

/// <summary>How a quota is metered.</summary>
public enum QuotaKind
{
    /// <summary>Units per window (Google's per-minute and per-day quotas, Zoho's credits per rolling 24 hours).</summary>
    Rate,

    /// <summary>Calls in flight at once (Zoho's concurrency and sub-concurrency, Google's one mutation at a time per user).</summary>
    Concurrency,
}
