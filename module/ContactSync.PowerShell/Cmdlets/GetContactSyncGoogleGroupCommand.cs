using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Lists the Google contact groups of the connected account (the -GoogleGroup picker).</para>
/// <para type="description">Get-ContactSyncGoogleGroup lists the contact groups users made; Set-ContactSyncConfig -GoogleGroup takes the Name or the ResourceName. A name without wildcards that matches no group writes the error ContactSyncGoogleGroupNotFound, which suggests the closest names.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncGoogleGroup | Where-Object GroupType -eq USER_CONTACT_GROUP</code>
/// <para>The groups users made.</para>
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

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (TryInvoke(ct => Client.ListGoogleGroupsAsync(ct), null, out var groups))
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
