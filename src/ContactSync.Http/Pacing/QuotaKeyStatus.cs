using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>A quota's state in a ledger (for status pages, ETAs and tests).</summary>
/// <param name="Key">The quota.</param>
/// <param name="Limit">Its nominal limit.</param>
/// <param name="EffectiveLimit">The units per window (or calls at once) the pacer allows now: safety share, reserve and refusal slow-down applied.</param>
/// <param name="AccountedWindow">The window the ledger counts in (the limit's plus the margin); zero for concurrency.</param>
/// <param name="Used">Units counted in the window now (rate), or calls in flight (concurrency).</param>
/// <param name="Factor">The refusal slow-down: 1 = full pace.</param>
/// <param name="PausedUntil">Until when nothing is let through after a refusal (null: not paused).</param>
public sealed record QuotaKeyStatus(QuotaKey Key, QuotaLimit Limit, long EffectiveLimit, TimeSpan AccountedWindow, long Used, double Factor, DateTimeOffset? PausedUntil)
{
    /// <summary>Units that could be taken now (never negative).</summary>
    public long Available => Math.Max(0, EffectiveLimit - Used);
}
