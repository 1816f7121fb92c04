namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A Zoho notification already received (by its key: channel, ids and server time), so a repeated delivery has no effect.</summary>
internal sealed class NotificationReceiptEntity
{
    public string Key { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }
}
