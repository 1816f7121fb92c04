using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Gets the status of sync plans: last run, current run, next run, backlog and failing records.</para>
/// <para type="description">Get-ContactSyncStatus shows, per plan, the last ended run with its outcome and counts, the run in progress, when the scheduler runs the plan next, whether the mass-deletion breaker holds it, the backlog left by the caps and the records that are failing.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncStatus</code>
/// <para>The status of every plan.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncStatus 'Sales team' | Select-Object -ExpandProperty LastRun</code>
/// <para>The last run of one plan with all its counts.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncStatus", DefaultParameterSetName = PlanParameterSets.ByName)]
[OutputType(typeof(PlanStatusInfo))]
public sealed class GetContactSyncStatusCommand : PlanFilteringCmdlet
{
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
        if (ParameterSetName == PlanParameterSets.ById)
        {
            foreach (var id in PlanId)
            {
                if (TryInvoke(ct => Client.GetStatusAsync(id, ct), id, out var statuses))
                {
                    WriteObject(statuses, enumerateCollection: true);
                }
            }

            return;
        }

        if (!TryInvoke(ct => Client.GetStatusAsync(null, ct), null, out var all))
        {
            return;
        }

        if (PlanName is null)
        {
            WriteObject(all, enumerateCollection: true);
            return;
        }

        foreach (var name in PlanName)
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            var matches = all.Where(s => pattern.IsMatch(s.PlanName)).ToList();
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
            {
                WriteError(PlanNotFound(name, all.Select(s => s.PlanName)));
            }

            WriteObject(matches, enumerateCollection: true);
        }
    }
}
