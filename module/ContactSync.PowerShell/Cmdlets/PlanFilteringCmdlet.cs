using System.Management.Automation;
using ContactSync.PowerShell.Completers;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// The base of the read cmdlets whose plan names are an optional filter (none given: every plan): holds -PlanName
/// once; the concrete cmdlets stay sealed and add their other ways to pick plans.
/// </summary>
public abstract class PlanFilteringCmdlet : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">Plan names; wildcards are allowed. Omit for every plan.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ParameterSetName = PlanParameterSets.ByName)]
    [Alias("Name")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PlanNameCompleter))]
    public string[]? PlanName { get; set; }
}
