using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Lists the Google contact groups of a Google account (the -GoogleGroup picker).</para>
/// <para type="description">Get-ContactSyncGoogleGroup lists the contact groups users made in one Google account: -GoogleAccount, else the account of -CrmUser (the user's email), else the default account (for a user key, its CRM user's own). Groups belong to an account; Set-ContactSyncConfig -GoogleGroup takes the Name or the ResourceName of a group of the plan's account. A name without wildcards that matches no group writes the error ContactSyncGoogleGroupNotFound, which suggests the closest names.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncGoogleGroup | Where-Object GroupType -eq USER_CONTACT_GROUP</code>
/// <para>The groups users made in the default account.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncGoogleGroup -GoogleAccount org.user.001@contactsync-demo.example</code>
/// <para>The groups of one user's Google account (tab completion lists the accounts).</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncGoogleGroup")]
[OutputType(typeof(GoogleGroupInfo))]
public sealed class GetContactSyncGoogleGroupCommand : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">Group names to return (case-insensitive); wildcards are allowed.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">The Google account (email) whose groups to list (tab completion lists the accounts of stored refresh tokens and the CRM users' emails).</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(GoogleAccountCompleter))]
    public string? GoogleAccount { get; set; }

    /// <summary>
    /// <para type="description">List the groups of this CRM user's own Google account (their email) when -GoogleAccount is not given.</para>
    /// </summary>
    [Parameter]
    public string? CrmUser { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (TryInvoke(ct => Task.FromResult(GoogleAccounts.For(Client, GoogleAccount, CrmUser, ct)), CrmUser, out var account)
            && TryInvoke(ct => Client.ListGoogleGroupsAsync(account, ct), account, out var groups))
        {
            WriteObject(Filter.ByName(groups, g => g.Name, Name), enumerateCollection: true);
            foreach (var missing in Filter.Unmatched(groups, g => g.Name, Name))
            {
                WriteError(ErrorRecords.Create(
                    PickerResolver.GroupNotFound,
                    ErrorCategory.ObjectNotFound,
                    NameSuggestions.NotFound("Google contact group", missing, groups.Select(g => g.Name), "Get-ContactSyncGoogleGroup"),
                    missing));
            }
        }
    }
}
