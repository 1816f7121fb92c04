namespace ContactSync.Storage.Quotas;

/// <summary>Units of a rate quota taken by the asking server: spent from start to end, counted until <paramref name="CountsUntilTicks"/>.</summary>
public sealed record QuotaChunkGrant(string Key, long StartTicks, long EndTicks, long CountsUntilTicks, long Units);
