namespace ContactSync.Storage.Persistence.Entities;

/// <summary>A record that failed in one run.</summary>
internal sealed class RunErrorEntity
{
    public long Id { get; set; }

    public string RunId { get; set; } = "";

    public string PlanId { get; set; } = "";

    public string Side { get; set; } = "";

    public string RecordId { get; set; } = "";

    public string Email { get; set; } = "";

    public string Code { get; set; } = "";

    public string Message { get; set; } = "";

    public int Retries { get; set; }

    public DateTime FailedUtc { get; set; }
}
