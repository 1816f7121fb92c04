namespace ContactSync.Storage.Quotas;

/// <summary>An ended chunk cut to what was spent: <paramref name="Units"/> (0 removes it), the last spend, and until when it counts.</summary>
public sealed record QuotaChunkSettlement(long Id, long Units, long EndTicks, long CountsUntilTicks);
