using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>One quota's accounting in <see cref="InProcessQuotaLedger"/> (guarded by the ledger's lock).</summary>
internal sealed class QuotaKeyState(QuotaKey key, QuotaLimit limit, long now)
{
    public QuotaKey Key { get; } = key;

    public QuotaLimit Limit { get; set; } = limit;

    /// <summary>Rate quotas: units granted in the accounted window.</summary>
    public SlidingWindowLog Log { get; } = new();

    /// <summary>Concurrency quotas: calls in flight.</summary>
    public long InFlight { get; set; }

    /// <summary>The refusal slow-down (1 = full pace) and when it last changed.</summary>
    public double Factor { get; set; } = 1;

    public long FactorSince { get; set; } = now;

    /// <summary>Nothing is let through before this tick (after a refusal).</summary>
    public long PausedUntil { get; set; } = long.MinValue;
}
