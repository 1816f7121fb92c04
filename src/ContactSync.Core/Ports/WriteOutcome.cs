namespace ContactSync.Core.Ports;

/// <summary>The outcome of one record of a batch write, in input order.</summary>
/// <param name="Key">The correlation key of the write.</param>
/// <param name="Success">True when the record was written.</param>
/// <param name="Id">The record id (new for creates).</param>
/// <param name="Etag">Google: the new etag.</param>
/// <param name="State">Google: the new adapter state.</param>
/// <param name="Values">
/// The values as stored after the write, when known: Google, canonical path → value; CRM, field → text for the fields
/// whose value was converted to the field's type on the way (e.g. a picklist value in its stored spelling).
/// </param>
/// <param name="Code">A stable error code on failure, e.g. "MANDATORY_NOT_FOUND", "STALE_ETAG".</param>
/// <param name="Message">What went wrong.</param>
public sealed record WriteOutcome(
    string Key,
    bool Success,
    string? Id = null,
    string? Etag = null,
    string? State = null,
    IReadOnlyDictionary<string, string>? Values = null,
    string Code = "",
    string Message = "")
{
    /// <summary>Fields of a successful write that were left out or shortened (see <see cref="FieldNote"/>).</summary>
    public IReadOnlyList<FieldNote> Notes { get; init; } = [];

    /// <summary>For failures: the field, expected type and duplicate the service named, when it did.</summary>
    public ErrorDetails? Details { get; init; }

    /// <summary>The code of a Google update refused because the etag was stale.</summary>
    public const string StaleEtag = "STALE_ETAG";

    /// <summary>
    /// The code of a write whose outcome is unknown: the call failed after it may have been applied (5xx, dropped
    /// connection, timeout). It is neither a success nor a failure; the engine finds out what happened before writing again.
    /// </summary>
    public const string UnknownOutcome = "OUTCOME_UNKNOWN";

    /// <summary>True when the outcome is <see cref="UnknownOutcome"/>.</summary>
    public bool IsUnknown => !Success && Code == UnknownOutcome;

    /// <summary>An unknown outcome for one write.</summary>
    public static WriteOutcome Unknown(string key, string message) => new(key, false, Code: UnknownOutcome, Message: message);

    /// <summary>
    /// The code of a Google create refused because the account holds its maximum number of contacts: not a failure of
    /// the record; the engine stops creating for the run and the contact waits.
    /// </summary>
    public const string ContactLimit = "GOOGLE_CONTACT_LIMIT";
}
