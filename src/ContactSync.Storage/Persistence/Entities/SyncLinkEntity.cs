namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A linked pair of a plan with the last-synced snapshot of its mapped fields.</summary>
internal sealed class SyncLinkEntity
{
    public string PlanId { get; set; } = "";

    public string CrmId { get; set; } = "";

    public string GoogleResourceName { get; set; } = "";

    public string GoogleEtag { get; set; } = "";

    public string GoogleState { get; set; } = "";

    public string SnapshotJson { get; set; } = "{}";

    public string Email { get; set; } = "";

    public bool Detached { get; set; }
}
