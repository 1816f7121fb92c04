namespace ContactSync.Core.State;

/// <summary>A record that failed in a run; the next run re-reads both records of the pair and tries again.</summary>
/// <param name="Side">The side whose write failed (or, for skips, the side of the record that could not be synced).</param>
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
    int Retries = 0);
