namespace ContactSync.Http.Quotas;

/// <summary>The units one call takes from one quota.</summary>
/// <param name="Key">The quota.</param>
/// <param name="Limit">Its limit (the cost model's settings).</param>
/// <param name="Units">Units the call takes (credits, quota units, or 1 call in flight).</param>
public sealed record QuotaCharge(QuotaKey Key, QuotaLimit Limit, long Units);
