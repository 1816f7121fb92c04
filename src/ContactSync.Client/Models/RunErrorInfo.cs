namespace ContactSync.Client.Models;

/// <summary>A record that failed in a run.</summary>
public sealed record RunErrorInfo
{
    /// <summary>The run in which the record last failed.</summary>
    public string RunId { get; init; } = "";

    /// <summary>The side whose write or read failed.</summary>
    public SyncSide Side { get; init; }

    /// <summary>The CRM record id or Google resource name.</summary>
    public string RecordId { get; init; } = "";

    /// <summary>
    /// The side <see cref="RecordId"/> belongs to: a record that failed to be created on one side is named by its id on the
    /// other (a Google contact the CRM refused has no CRM id yet). Google resource names start with "people/".
    /// </summary>
    public SyncSide RecordSide => RecordId.Length == 0 ? SyncSide.Unknown
        : RecordId.StartsWith("people/", StringComparison.Ordinal) ? SyncSide.Google : SyncSide.Crm;

    /// <summary>The record's primary email.</summary>
    public string Email { get; init; } = "";

    /// <summary>A stable code, e.g. "MANDATORY_NOT_FOUND".</summary>
    public string Code { get; init; } = "";

    /// <summary>What went wrong.</summary>
    public string Message { get; init; } = "";

    /// <summary>How many runs retried the record.</summary>
    public int Retries { get; init; }

    /// <summary>When it failed.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>The field the error is about, when the service named one (e.g. the CRM field "Date_of_Birth").</summary>
    public string Field { get; init; } = "";

    /// <summary>The data type the field expects, when the service named it (e.g. "date").</summary>
    public string ExpectedType { get; init; } = "";

    /// <summary>For duplicates: the id of the existing record on the same side.</summary>
    public string DuplicateRecordId { get; init; } = "";

    /// <summary>For duplicates: the owner of the existing record, when the caller may see it.</summary>
    public string DuplicateOwner { get; init; } = "";

    /// <summary>True for a note rather than a failure: one field's value was not written, the rest of the record was.</summary>
    public bool Note { get; init; }

    /// <summary>The Google account of the run in which the record failed.</summary>
    public string GoogleAccount { get; init; } = "";

    /// <summary>The details the service gave, in one line: field, expected type, duplicate record and owner.</summary>
    public string Detail => string.Join("; ", new[]
    {
        Field.Length > 0 ? "field " + Field + (ExpectedType.Length > 0 ? " (" + ExpectedType + ")" : "") : ExpectedType.Length > 0 ? "expects " + ExpectedType : "",
        DuplicateRecordId.Length > 0 ? "duplicate of " + DuplicateRecordId + (DuplicateOwner.Length > 0 ? " owned by " + DuplicateOwner : "") : "",
    }.Where(part => part.Length > 0));

    /// <inheritdoc />
    public override string ToString() => $"{Code} on {Side} {RecordId}: {Message}";
}
