namespace ContactSync.Zoho;

/// <summary>A CRM user (GET /users).</summary>
/// <param name="Id">User id.</param>
/// <param name="FullName">full_name.</param>
/// <param name="Email">email.</param>
/// <param name="RoleId">role.id.</param>
/// <param name="RoleName">role.name.</param>
/// <param name="ProfileId">profile.id.</param>
/// <param name="ProfileName">profile.name.</param>
/// <param name="TimeZone">time_zone, e.g. Asia/Kolkata.</param>
/// <param name="Offset">offset from UTC in milliseconds, when given.</param>
/// <param name="Status">status, e.g. active.</param>
public sealed record ZohoUser(
    string Id,
    string? FullName,
    string? Email,
    string? RoleId,
    string? RoleName,
    string? ProfileId,
    string? ProfileName,
    string? TimeZone,
    long? Offset,
    string? Status);
