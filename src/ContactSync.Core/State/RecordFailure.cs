namespace ContactSync.Core.State;

/// <summary>A record that failed in a run; the next run re-reads both records of the pair and tries again.</summary>
/// <param name="Side">The side whose write failed (for skips such as ambiguous matches, the side of the record that could not be synced).</param>
/// <param name="RecordId">The record on that side, or the source record's id when nothing exists there yet.</param>
/// <param name="Email">The pair's email, when known.</param>
/// <param name="Code">A stable code, e.g. "MANDATORY_NOT_FOUND", "AMBIGUOUS_MATCH", "STALE_ETAG".</param>
/// <param name="Message">What went wrong.</param>
/// <param name="CrmId">The CRM record of the pair ("" when none).</param>
/// <param name="GoogleResourceName">The Google contact of the pair ("" when none).</param>
/// <param name="Retries">How many runs have retried it (the store counts up on each repeat).</param>
public sealed record RecordFailure(
    SideKind Side,
    string RecordId,
    string Email,
    string Code,
    string Message,
    string CrmId,
    string GoogleResourceName,
    int Retries = 0)
{
    /// <summary>The id of the record on <see cref="Side"/>; "" when it does not exist (yet), e.g. a failed create.</summary>
    public string ExistingRecordId => Side == SideKind.Crm ? CrmId : GoogleResourceName;

    /// <summary>The field the error is about, when the service named one.</summary>
    public string Field { get; init; } = "";

    /// <summary>The data type the field expects, when the service named it.</summary>
    public string ExpectedType { get; init; } = "";

    /// <summary>For duplicates: the existing record's id on <see cref="Side"/>.</summary>
    public string DuplicateRecordId { get; init; } = "";

    /// <summary>For duplicates: the existing record's owner as the service named it.</summary>
    public string DuplicateOwner { get; init; } = "";

    /// <summary>
    /// True for a note, not a failure: one field's value was not written (the rest was) and the record is not retried
    /// for it. Notes are listed with the run's errors only.
    /// </summary>
    public bool Note { get; init; }
}
