namespace ContactSync.Http.Quotas;

/// <summary>What a response says is left of a quota (Zoho's <c>X-API-CREDITS-REMAINING</c>).</summary>
/// <param name="Key">The quota.</param>
/// <param name="Units">Units left in its window, by the service's count.</param>
public readonly record struct QuotaRemaining(QuotaKey Key, long Units);
