using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// What this server holds of one shared quota (guarded by <see cref="DatabaseQuotaLedger"/>'s lock): the rate chunk it spends
/// from, or the concurrency slots it leased and the calls it has in flight.
/// </summary>
internal sealed class LocalQuota(QuotaKey key, QuotaLimit limit)
{
    public QuotaKey Key { get; } = key;

    public QuotaLimit Limit { get; set; } = limit;

    /// <summary>Rate: the chunk being spent (null: none).</summary>
    public LocalChunk? Chunk { get; set; }

    /// <summary>Concurrency: slots leased, until when, and calls in flight.</summary>
    public long Held { get; set; }

    public long HeldUntil { get; set; }

    public long InFlight { get; set; }

    /// <summary>Nothing is taken locally before this (a refusal this server saw).</summary>
    public long PausedUntil { get; set; } = long.MinValue;

    /// <summary>When the service's count of what is left was last fed to the database.</summary>
    public long? RemainingSyncedAt { get; set; }

    /// <summary>Takes <paramref name="units"/> here at <paramref name="now"/> when this server holds them; false to ask the database.</summary>
    public bool CanTake(long units, long now)
    {
        if (PausedUntil > now)
        {
            return false;
        }

        return Limit.Kind == QuotaKind.Rate
            ? Chunk is { } c && c.Start <= now && now < c.End && c.Units - c.Spent >= units
            : HeldUntil > now && InFlight + units <= Held;
    }

    public void Take(long units, long now)
    {
        if (Limit.Kind == QuotaKind.Rate)
        {
            Chunk!.Spent += units;
            Chunk.LastSpend = now;
        }
        else
        {
            InFlight += units;
        }
    }
}
