using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Gets sync plans by name (wildcards allowed) or id.</para>
/// <para type="description">Without arguments Get-ContactSyncConfig lists every plan the API key may see, ordered by name, with the names of their CRM views and Google groups when the server can look them up. An exact name or id that does not exist writes the error ContactSyncConfigNotFound, naming the closest plan names; a wildcard that matches nothing writes nothing.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncConfig</code>
/// <para>Lists all plans.</para>
/// </example>
/// <example>
/// <code>'Sales team', 'Support*' | Get-ContactSyncConfig</code>
/// <para>Gets one plan by name and every plan whose name starts with Support.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncConfig", DefaultParameterSetName = PlanParameterSets.ByName)]
[OutputType(typeof(SyncPlanInfo))]
public sealed class GetContactSyncConfigCommand : ContactSyncCmdlet
{
    private PlanScopeNames? _names;

    /// <summary>
    /// <para type="description">Plan names; wildcards are allowed. Omit to list every plan.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PlanParameterSets.ByName)]
    [Alias("Name")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PlanNameCompleter))]
    public string[]? PlanName { get; set; }

    /// <summary>
    /// <para type="description">Plan ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PlanParameterSets.ById)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] PlanId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var plans = ParameterSetName == PlanParameterSets.ById ? ResolvePlansById(PlanId) : ResolvePlansByName(PlanName);
        _names ??= new PlanScopeNames(Client, StopToken);
        foreach (var plan in plans)
        {
            WriteObject(_names.Fill(plan));
        }
    }
}
