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
}
