using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Lists the Google contact groups of the connected account (the -GoogleGroup picker).</para>
/// <para type="description">Get-ContactSyncGoogleGroup lists contact groups; the ResourceName goes into Set-ContactSyncConfig -GoogleGroup.</para>
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
    /// <para type="description">Group names to return; wildcards are allowed.</para>
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
        }
    }
}
