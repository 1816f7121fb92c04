namespace ContactSync.Zoho.Access;

/// <summary>A CRM profile permission S10 needs.</summary>
/// <param name="Name">The permission name reported in the profile's permissions_details (and in error messages).</param>
/// <param name="Description">What it allows, for error messages.</param>
/// <param name="Aliases">Other names the same permission is known by.</param>
internal sealed record CrmPermission(string Name, string Description, IReadOnlyList<string> Aliases);
