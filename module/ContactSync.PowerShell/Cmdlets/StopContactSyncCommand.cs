using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Cancels running syncs.</para>
/// <para type="description">Stop-ContactSync asks the server to stop a run after its current batch; what was applied stays applied and linked. Give run ids, or plan names to cancel each plan's current run.</para>
/// </summary>
/// <example>
/// <code>Stop-ContactSync -PlanName 'Sales team'</code>
/// <para>Cancels the plan's current run.</para>
/// </example>
/// <example>
/// <code>Start-ContactSync 'Sales team' -NoWait | Stop-ContactSync -PassThru</code>
/// <para>Cancels a run by its id and returns it.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Stop, "ContactSync", SupportsShouldProcess = true, DefaultParameterSetName = ByRunIdParameterSet)]
[OutputType(typeof(SyncRunInfo))]
public sealed class StopContactSyncCommand : ContactSyncCmdlet
{
    private const string ByRunIdParameterSet = "ByRunId";
    private const string ByNameParameterSet = "ByName";

    /// <summary>
    /// <para type="description">Run ids (the Id of a run object).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByRunIdParameterSet)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] RunId { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Plan names whose current run to cancel; wildcards are allowed.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ByNameParameterSet)]
    [Alias("Name")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PlanNameCompleter))]
    public string[] PlanName { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Returns the runs as they are after the cancel request.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var runIds = new List<(string RunId, object Target)>();
        if (ParameterSetName == ByNameParameterSet)
        {
            foreach (var plan in ResolvePlansByName(PlanName).ToList())
            {
                if (!TryInvoke(ct => Client.GetStatusAsync(plan.Id, ct), plan, out var statuses))
                {
                    continue;
                }

                var current = statuses.Select(s => s.CurrentRun).FirstOrDefault(r => r is not null);
                if (current is null)
                {
                    WriteError(ErrorRecords.Create(ErrorRecords.NoCurrentRun, ErrorCategory.ObjectNotFound, ErrorRecords.Format("Plan '{0}' has no run in progress.", plan.Name), plan));
                    continue;
                }

                runIds.Add((current.Id, plan));
            }
        }
        else
        {
            runIds.AddRange(RunId.Select(id => (id, (object)id)));
        }

        foreach (var (runId, target) in runIds)
        {
            if (ShouldProcess(runId, "Cancel sync run")
                && TryInvoke(ct => Client.CancelRunAsync(runId, ct), target, out var run)
                && PassThru)
            {
                WriteObject(run);
            }
        }
    }
}
