namespace ContactSync.Zoho.Access;

/// <summary>What a plan's CRM user may do and see.</summary>
/// <param name="CrmUserId">The CRM user.</param>
/// <param name="VisibleOwnerIds">Owners whose records the user sees (own and subordinate roles); null = every record.</param>
public sealed record CrmAccess(string CrmUserId, IReadOnlySet<string>? VisibleOwnerIds)
{
    /// <summary>The user's email as Zoho reports it ("" when Zoho gives none): the user's own Google account.</summary>
    public string Email { get; init; } = "";
}
