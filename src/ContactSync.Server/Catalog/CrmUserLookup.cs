using ContactSync.Zoho;

namespace ContactSync.Server.Catalog;

/// <summary>A CRM user looked up in Zoho's users (<see cref="CrmUserDirectory"/>).</summary>
/// <param name="Configured">Whether the Zoho connection is configured (else nothing was looked up).</param>
/// <param name="User">The user; null when not configured or when Zoho has no such user.</param>
internal sealed record CrmUserLookup(bool Configured, ZohoUser? User)
{
    /// <summary>The user's email as Zoho reports it ("" when unknown).</summary>
    public string Email => User?.Email?.Trim() ?? "";
}
