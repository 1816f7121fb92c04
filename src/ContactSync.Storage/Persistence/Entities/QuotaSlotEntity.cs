namespace ContactSync.Storage.Persistence.Entities;

/// <summary>Concurrency slots of a quota a server holds until <see cref="ExpiresTicks"/> (renewed while it lives).</summary>
internal sealed class QuotaSlotEntity
{
    public string Key { get; set; } = "";

    public string Holder { get; set; } = "";

    public long Slots { get; set; }

    public long ExpiresTicks { get; set; }
}
