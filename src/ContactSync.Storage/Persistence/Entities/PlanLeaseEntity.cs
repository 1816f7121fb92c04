namespace ContactSync.Storage.Persistence.Entities;

/// <summary>The lease that lets exactly one server process run a plan at a time.</summary>
internal sealed class PlanLeaseEntity
{
    public string PlanId { get; set; } = "";

    public string Holder { get; set; } = "";

    public string RunId { get; set; } = "";

    public DateTime ExpiresUtc { get; set; }
}
