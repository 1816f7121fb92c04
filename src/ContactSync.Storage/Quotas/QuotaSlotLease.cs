namespace ContactSync.Storage.Quotas;

/// <summary>The concurrency slots of a quota the asking server holds from now on, until <paramref name="ExpiresTicks"/>.</summary>
public sealed record QuotaSlotLease(string Key, long Slots, long ExpiresTicks);
