using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Gets the run history of sync plans, newest first.</para>
/// <para type="description">Get-ContactSyncRun lists the runs of the plans given (or of all plans) with their outcome, counts, backlog and API usage.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncRun 'Sales team' -First 5</code>
/// <para>The last five runs of a plan.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncConfig | Get-ContactSyncRun -First 1</code>
/// <para>The latest run of every plan.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncRun", DefaultParameterSetName = PlanParameterSets.ByName)]
[OutputType(typeof(SyncRunInfo))]
public sealed class GetContactSyncRunCommand : PlanFilteringCmdlet
{
    private const string ByPlanIdParameterSet = "ByPlanId";

    /// <summary>
    /// <para type="description">Plan ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByPlanIdParameterSet)]
    [ValidateNotNullOrEmpty]
    public string[] PlanId { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Plans from Get-ContactSyncConfig.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PlanParameterSets.ByInputObject)]
    [ValidateNotNull]
    public SyncPlanInfo[] InputObject { get; set; } = Array.Empty<SyncPlanInfo>();

    /// <summary>
    /// <para type="description">The most runs per plan (default 20).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 10000)]
    public int First { get; set; } = 20;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var planIds = ParameterSetName switch
        {
            ByPlanIdParameterSet => PlanId.Select(p => (string?)p),
            PlanParameterSets.ByInputObject => InputObject.Select(p => (string?)p.Id),
            _ when PlanName is null => new string?[] { null },
            _ => ResolvePlansByName(PlanName).Select(p => (string?)p.Id).ToList(),
        };
        foreach (var planId in planIds)
        {
            if (TryInvoke(ct => Client.ListRunsAsync(planId, First, ct), planId, out var runs))
            {
                WriteObject(runs, enumerateCollection: true);
            }
        }
    }
}
