namespace ContactSync.Core.State;

/// <summary>A linked pair of one plan: a CRM contact and a Google contact kept in step.</summary>
/// <param name="CrmId">The CRM record id.</param>
/// <param name="GoogleResourceName">The Google resource name.</param>
/// <param name="GoogleEtag">The Google etag after the last sync (used for updates without a read).</param>
/// <param name="GoogleState">The Google adapter state after the last sync.</param>
/// <param name="Snapshot">Mapping key → last-synced values.</param>
/// <param name="Email">The pair's primary email (normalised), for explain and status.</param>
/// <param name="Detached">
/// True once one record of the pair was deleted (or quarantined) and the plan keeps the other: the pair no longer syncs
/// and the kept record is never re-created on the other side.
/// </param>
public sealed record SyncLink(
    string CrmId,
    string GoogleResourceName,
    string GoogleEtag,
    string GoogleState,
    IReadOnlyDictionary<string, FieldSnapshot> Snapshot,
    string Email,
    bool Detached = false);
