namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A record currently failing for a plan; retried by the next run.</summary>
internal sealed class RecordFailureEntity
{
    public string PlanId { get; set; } = "";

    public string Side { get; set; } = "";

    public string RecordId { get; set; } = "";

    public string Email { get; set; } = "";

    public string Code { get; set; } = "";

    public string Message { get; set; } = "";

    public string CrmId { get; set; } = "";

    public string GoogleResourceName { get; set; } = "";

    public int Retries { get; set; }

    public string RunId { get; set; } = "";

    public DateTime FailedUtc { get; set; }
}
