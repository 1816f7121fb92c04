using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Gets sync plans by name (wildcards allowed) or id.</para>
/// <para type="description">Without arguments Get-ContactSyncConfig lists every plan the API key may see, ordered by name. An exact name or id that does not exist writes the error ContactSyncConfigNotFound; a wildcard that matches nothing writes nothing.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncConfig</code>
/// <para>Lists all plans.</para>
/// </example>
/// <example>
/// <code>'Sales team', 'Support*' | Get-ContactSyncConfig</code>
/// <para>Gets one plan by name and every plan whose name starts with Support.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncConfig", DefaultParameterSetName = ByNameParameterSet)]
[OutputType(typeof(SyncPlanInfo))]
public sealed class GetContactSyncConfigCommand : ContactSyncCmdlet
{
    private const string ByNameParameterSet = "ByName";
    private const string ByIdParameterSet = "ById";

    /// <summary>
    /// <para type="description">Plan names; wildcards are allowed. Omit to list every plan.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByNameParameterSet)]
    [Alias("PlanName")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Plan ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdParameterSet)]
    [Alias("PlanId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var plans = ParameterSetName == ByIdParameterSet ? ResolvePlansById(Id) : ResolvePlansByName(Name);
        foreach (var plan in plans)
        {
            WriteObject(plan);
        }
    }
}
