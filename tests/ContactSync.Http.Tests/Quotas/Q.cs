using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;
using ContactSync.Testing.Time;

namespace ContactSync.Http.Tests.Quotas;

/// <summary>Small builders for the quota tests.</summary>
internal static class Q
{
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Exact accounting: no window margin, no concurrency reserve, full share.</summary>
    public static readonly QuotaSettings Exact = new() { WindowMargin = TimeSpan.Zero, ConcurrencyReserve = 0 };

    public static QuotaKey Key(string name) => new(name);

    public static QuotaCharge Rate(string key, long limit, long units, TimeSpan? window = null) =>
        new(Key(key), QuotaLimit.Rate(limit, window ?? Minute), units);

    public static QuotaCharge Slots(string key, long limit) => new(Key(key), QuotaLimit.Concurrency(limit), 1);

    public static (WatchedClock Clock, InProcessQuotaLedger Ledger, QuotaPacer Pacer) Pacer(QuotaSettings? settings = null)
    {
        var clock = new WatchedClock();
        var ledger = new InProcessQuotaLedger(settings ?? Exact, clock);
        return (clock, ledger, new QuotaPacer(ledger, clock));
    }

    public static long Used(this InProcessQuotaLedger ledger, string key) => ledger.GetStatus(Key(key))?.Used ?? 0;
}
