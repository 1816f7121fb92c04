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

    /// <summary>The field the error is about, when the service named one.</summary>
    public string Field { get; set; } = "";

    /// <summary>The data type the field expects, when the service named it.</summary>
    public string ExpectedType { get; set; } = "";

    /// <summary>For duplicates: the existing record's id on <see cref="Side"/>.</summary>
    public string DuplicateRecordId { get; set; } = "";

    /// <summary>For duplicates: the existing record's owner as the service named it.</summary>
    public string DuplicateOwner { get; set; } = "";
}
