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
    string QuarantineTag = "ContactSync trash");
