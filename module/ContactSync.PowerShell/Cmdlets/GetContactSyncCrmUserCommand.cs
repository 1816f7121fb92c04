using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Lists the Zoho CRM users with their email, role, profile and status (the -CrmUser picker).</para>
/// <para type="description">Get-ContactSyncCrmUser lists the CRM users an admin key may see (a user key: its own user). Each user's email is the Google account their plans sync by default. Pipe the users into Set-ContactSyncConfig -Template to give each of them a plan in one step. -Name matches the name or the email, -Role and -Profile the name or the id; all take wildcards and ignore case. A value without wildcards that matches no user writes the error ContactSyncCrmUserNotFound.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncCrmUser -Role 'Sales Representative' | Where-Object Status -eq active</code>
/// <para>The active sales representatives.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncCrmUser -Role 'Sales*' | Set-ContactSyncConfig -Template @{ Name = 'Sales – {email}'; Direction = 'Bidirectional'; ConflictWinner = 'Crm'; CrmView = 'All Contacts'; GoogleGroup = 'ContactSync' } -WhatIf</code>
/// <para>Shows the plan each of them would get (the group is created in an account that lacks it); users without the CRM permissions are reported.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncCrmUser")]
[OutputType(typeof(CrmUserInfo))]
public sealed class GetContactSyncCrmUserCommand : ContactSyncCmdlet
{
    /// <summary>The error id of a name, role or profile (without wildcards) that matches no user.</summary>
    public const string CrmUserNotFound = "ContactSyncCrmUserNotFound";

    /// <summary>
    /// <para type="description">Names or emails of the users to return (case-insensitive); wildcards are allowed.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Only users of these roles (name or id; wildcards are allowed).</para>
    /// </summary>
    [Parameter]
    [SupportsWildcards]
    public string[]? Role { get; set; }

    /// <summary>
    /// <para type="description">Only users of these profiles (name or id; wildcards are allowed).</para>
    /// </summary>
    [Parameter]
    [SupportsWildcards]
    public string[]? Profile { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (!TryInvoke(ct => Client.ListCrmUsersAsync(null, null, null, ct), null, out var users))
        {
            return;
        }

        var selected = users
            .Where(u => Matches(Name, u.Name, u.Email))
            .Where(u => Matches(Role, u.Role, u.RoleId))
            .Where(u => Matches(Profile, u.Profile, u.ProfileId))
            .ToList();
        WriteObject(selected, enumerateCollection: true);
        Report(Name, "name or email", users, u => new[] { u.Name, u.Email });
        Report(Role, "role", users, u => new[] { u.Role, u.RoleId });
        Report(Profile, "profile", users, u => new[] { u.Profile, u.ProfileId });
    }

    private static bool Matches(string[]? patterns, params string[] values) =>
        patterns is null || patterns.Length == 0
        || patterns.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).Any(p => values.Any(p.IsMatch));

    /// <summary>An error for each value without wildcards that no user has (a wildcard that matches nothing is no error).</summary>
    private void Report(string[]? patterns, string what, IReadOnlyList<CrmUserInfo> users, Func<CrmUserInfo, string[]> values)
    {
        foreach (var missing in (patterns ?? Array.Empty<string>()).Where(p => !WildcardPattern.ContainsWildcardCharacters(p)))
        {
            if (!users.Any(u => values(u).Any(v => string.Equals(v, missing, StringComparison.OrdinalIgnoreCase))))
            {
                WriteError(ErrorRecords.Create(CrmUserNotFound, ErrorCategory.ObjectNotFound,
                    NameSuggestions.NotFound("CRM user " + what, missing, users.SelectMany(values).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase), "Get-ContactSyncCrmUser"),
                    missing));
            }
        }
    }
}
