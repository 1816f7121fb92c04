namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A server sharing the quotas, alive until <see cref="AliveUntilTicks"/> (its heartbeat moves it on).</summary>
internal sealed class QuotaHolderEntity
{
    public string Holder { get; set; } = "";

    public long AliveUntilTicks { get; set; }
}
