using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Lists the mappable fields of both sides, or the default field map (the -FieldMap picker).</para>
/// <para type="description">Get-ContactSyncField lists the Zoho CRM Contacts fields (custom fields included) and the Google People field paths that a field map may use. -Default returns the default field map instead, ready to edit and pass to Set-ContactSyncConfig -FieldMap.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncField -Side Crm -Name '*Phone*'</code>
/// <para>The CRM phone fields.</para>
/// </example>
/// <example>
/// <code>$map = @(Get-ContactSyncField -Default) + [pscustomobject]@{ CrmField = 'Customer_Tier'; GoogleField = 'userDefined[Tier]' }
/// Set-ContactSyncConfig 'Sales team' -FieldMap $map</code>
/// <para>Adds a custom field to the default map.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncField", DefaultParameterSetName = FieldsParameterSet)]
[OutputType(typeof(CrmFieldInfo), typeof(GoogleFieldInfo), ParameterSetName = new[] { FieldsParameterSet })]
[OutputType(typeof(FieldMapInfo), ParameterSetName = new[] { DefaultParameterSet })]
public sealed class GetContactSyncFieldCommand : ContactSyncCmdlet
{
    private const string FieldsParameterSet = "Fields";
    private const string DefaultParameterSet = "Default";

    /// <summary>
    /// <para type="description">Crm, Google or All (default).</para>
    /// </summary>
    [Parameter(ParameterSetName = FieldsParameterSet)]
    public FieldSide Side { get; set; } = FieldSide.All;

    /// <summary>
    /// <para type="description">CRM API names or Google paths to return; wildcards are allowed.</para>
    /// </summary>
    [Parameter(Position = 0, ParameterSetName = FieldsParameterSet)]
    [SupportsWildcards]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Returns the default field map.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = DefaultParameterSet)]
    public SwitchParameter Default { get; set; }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        if (!TryInvoke(ct => Client.GetFieldCatalogAsync(ct), null, out var catalog))
        {
            return;
        }

        if (Default)
        {
            WriteObject(catalog.DefaultMappings, enumerateCollection: true);
            return;
        }

        if (Side != FieldSide.Google)
        {
            WriteObject(Filter.ByName(catalog.CrmFields, f => f.ApiName, Name), enumerateCollection: true);
        }

        if (Side != FieldSide.Crm)
        {
            WriteObject(Filter.ByName(catalog.GoogleFields, f => f.Path, Name), enumerateCollection: true);
        }
    }
}
