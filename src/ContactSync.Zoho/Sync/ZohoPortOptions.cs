namespace ContactSync.Zoho.Sync;

/// <summary>What the CRM side of a plan needs.</summary>
/// <param name="CustomViewId">The plan's custom view (cvid).</param>
/// <param name="Fields">The mapped CRM fields (API names).</param>
/// <param name="OwnerId">The plan's CRM user: new records are owned by this user.</param>
/// <param name="VisibleOwnerIds">The owners whose records the plan's user may see (own and subordinate roles); null = all the connection sees.</param>
/// <param name="GoogleRefField">The optional field that stores the Google resource name.</param>
/// <param name="QuarantineTag">The tag quarantined records get.</param>
public sealed record ZohoPortOptions(
    string CustomViewId,
    IReadOnlyList<string> Fields,
    string? OwnerId,
    IReadOnlySet<string>? VisibleOwnerIds,
    string? GoogleRefField,
    string QuarantineTag = "ContactSync trash")
{
    /// <summary>
    /// Read only the records of <see cref="VisibleOwnerIds"/> (COQL on Owner, reference §2.8) instead of the whole view filtered
    /// here. Only right when the view has no criteria of its own (the system "All Contacts" view, <c>ALLVIEWS</c>): a view
    /// with criteria is read as before (cvid, then the owner filter), since COQL cannot name a view. Ignored when every record
    /// is visible, and when the plan maps <c>Owner</c> itself (COQL answers lookups with their id only, no name).
    /// </summary>
    public bool ReadOwnersOnly { get; init; }
}
