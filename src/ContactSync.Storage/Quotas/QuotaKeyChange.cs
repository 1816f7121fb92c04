namespace ContactSync.Storage.Quotas;

/// <summary>What to write on a quota's row (its version is bumped).</summary>
public sealed record QuotaKeyChange(string Key, int Kind, long Limit, long WindowTicks, long PausedUntilTicks, double Factor, long FactorSinceTicks);
