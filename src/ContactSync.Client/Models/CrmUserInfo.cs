namespace ContactSync.Client.Models;

/// <summary>A Zoho CRM user: the choices for a plan's CRM user and for a roll-out.</summary>
public sealed record CrmUserInfo
{
    /// <summary>The CRM user id (what -CrmUser takes).</summary>
    public string CrmUserId { get; init; } = "";

    /// <summary>The full name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The email: the default Google account of the user's plans.</summary>
    public string Email { get; init; } = "";

    /// <summary>The role's name.</summary>
    public string Role { get; init; } = "";

    /// <summary>The role id.</summary>
    public string RoleId { get; init; } = "";

    /// <summary>The profile's name.</summary>
    public string Profile { get; init; } = "";

    /// <summary>The profile id.</summary>
    public string ProfileId { get; init; } = "";

    /// <summary>Zoho's status ("active", "disabled", …); only active users can sync.</summary>
    public string Status { get; init; } = "";

    /// <inheritdoc />
    public override string ToString() => $"{Name} <{Email}> ({CrmUserId})";
}
