namespace ContactSync.Storage.Runs;

/// <summary>A failed record (or field note) of a run, or one currently failing for a plan.</summary>
/// <param name="RunId">The run in which it last failed.</param>
/// <param name="Side">"Crm" or "Google".</param>
/// <param name="RecordId">The record on that side ("" when it does not exist, e.g. a failed create).</param>
/// <param name="Email">The record's email, when known.</param>
/// <param name="Code">A stable code.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Retries">How many runs retried it.</param>
/// <param name="FailedUtc">When it failed.</param>
public sealed record RunErrorRecord(string RunId, string Side, string RecordId, string Email, string Code, string Message, int Retries, DateTime FailedUtc)
{
    /// <summary>The field the error is about, when the service named one.</summary>
    public string Field { get; init; } = "";

    /// <summary>The data type the field expects, when the service named it.</summary>
    public string ExpectedType { get; init; } = "";

    /// <summary>For duplicates: the existing record's id on <see cref="Side"/>.</summary>
    public string DuplicateRecordId { get; init; } = "";

    /// <summary>For duplicates: the existing record's owner as the service named it.</summary>
    public string DuplicateOwner { get; init; } = "";

    /// <summary>True for a field note (a value not written), not a failure.</summary>
    public bool Note { get; init; }
}
