using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// The base of the cmdlets that act on plans the caller must name: by name (wildcards), by id, or piped from
/// Get-ContactSyncConfig. Holds the three parameter sets and their resolution once; the concrete cmdlets stay sealed
/// and add their own switches and ShouldProcess.
/// </summary>
public abstract class PlanSelectingCmdlet : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">Plan names; wildcards are allowed.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = PlanParameterSets.ByName)]
    [Alias("Name")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PlanNameCompleter))]
    public string[] PlanName { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Plan ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PlanParameterSets.ById)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] PlanId { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Plans from Get-ContactSyncConfig.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PlanParameterSets.ByInputObject)]
    [ValidateNotNull]
    public SyncPlanInfo[] InputObject { get; set; } = Array.Empty<SyncPlanInfo>();

    /// <summary>True when the plans came in as objects (their Version is the one the caller read).</summary>
    internal bool PlansFromInputObject => ParameterSetName == PlanParameterSets.ByInputObject;

    /// <summary>
    /// The plans of this record, read in full before the caller acts on any: an exact name or id not found writes
    /// ContactSyncConfigNotFound and is left out; a wildcard that matches nothing gives nothing.
    /// </summary>
    internal IReadOnlyList<SyncPlanInfo> SelectedPlans() => ParameterSetName switch
    {
        PlanParameterSets.ById => ResolvePlansById(PlanId).ToList(),
        PlanParameterSets.ByInputObject => InputObject,
        _ => ResolvePlansByName(PlanName).ToList(),
    };
}
