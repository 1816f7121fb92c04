using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Lists the Zoho CRM custom views of the Contacts module (the -CrmView picker).</para>
/// <para type="description">Get-ContactSyncCrmView lists the list views a CRM user can use; Set-ContactSyncConfig -CrmView takes the Name or the Id. A name without wildcards that matches no view writes the error ContactSyncCrmViewNotFound, which suggests the closest names.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncCrmView -Name '*customers*'</code>
/// <para>The views whose name contains "customers".</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncCrmView")]
[OutputType(typeof(CrmViewInfo))]
public sealed class GetContactSyncCrmViewCommand : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">View names to return (case-insensitive); wildcards are allowed.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">The CRM user whose views to list (default: the connection's own user).</para>
    /// </summary>
    [Parameter]
    public string? CrmUser { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (TryInvoke(ct => Client.ListCrmViewsAsync(CrmUser, ct), CrmUser, out var views))
        {
            WriteObject(Filter.ByName(views, v => v.Name, Name), enumerateCollection: true);
            foreach (var missing in Filter.Unmatched(views, v => v.Name, Name))
            {
                WriteError(ErrorRecords.Create(
                    PickerResolver.ViewNotFound,
                    ErrorCategory.ObjectNotFound,
                    NameSuggestions.NotFound("CRM view", missing, views.Select(v => v.Name), "Get-ContactSyncCrmView"),
                    missing));
            }
        }
    }
}
