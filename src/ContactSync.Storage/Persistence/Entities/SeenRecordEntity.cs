namespace ContactSync.Storage.Persistence.Entities;

/// <summary>The matching keys of a record the engine has read on one side.</summary>
internal sealed class SeenRecordEntity
{
    public string PlanId { get; set; } = "";

    public string Side { get; set; } = "";

    public string RecordId { get; set; } = "";

    public string Email { get; set; } = "";

    public string? CrossRef { get; set; }

    public bool InScope { get; set; }
}
