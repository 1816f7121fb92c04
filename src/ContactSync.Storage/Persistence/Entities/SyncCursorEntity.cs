namespace ContactSync.Storage.Persistence.Entities;

/// <summary>Where the next incremental run of a plan starts.</summary>
internal sealed class SyncCursorEntity
{
    public string PlanId { get; set; } = "";

    public bool Initialized { get; set; }

    public DateTime? CrmWatermarkUtc { get; set; }

    public DateTime? CrmDeletedWatermarkUtc { get; set; }

    public string? GoogleSyncToken { get; set; }

    public long Backlog { get; set; }

    /// <summary>Where the CRM is read again once the Google account has room (null: every record, or none waits).</summary>
    public DateTime? RoomWaitSinceUtc { get; set; }

    /// <summary>CRM contacts waiting for room in the full Google account; null when none wait.</summary>
    public long? RoomWaiting { get; set; }
}
