using System.Management.Automation;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Completers;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Gets the records that failed in a run, or that are failing now for a plan.</para>
/// <para type="description">Get-ContactSyncRunError lists failed records with a stable code (e.g. MANDATORY_NOT_FOUND, AMBIGUOUS_MATCH, DUPLICATE_DATA), the message and how often they were retried. Side is the side whose write failed; Record is the record's id, prefixed with its side when it belongs to the other one (a Google contact the CRM refused has no CRM id yet). Where the service named them, Field, ExpectedType, DuplicateRecordId and DuplicateOwner say which field, which type it expects and which existing record it duplicates (the Detail column sums them up). Notes (Note = True) are field values that were not written while the rest of the record was; they are not retried. Failed records are retried by the next run.</para>
/// </summary>
/// <example>
/// <code>Get-ContactSyncRun 'Sales team' -First 1 | Get-ContactSyncRunError</code>
/// <para>The failures of the latest run.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncRunError -PlanName 'Sales team'</code>
/// <para>The records failing now for a plan.</para>
/// </example>
/// <example>
/// <code>Get-ContactSyncRunError -PlanName 'Sales team' | Where-Object Field | Format-Table Code, Email, Field, ExpectedType, Message</code>
/// <para>The failures the CRM attributed to a field, with the type the field expects.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContactSyncRunError", DefaultParameterSetName = ByRunIdParameterSet)]
[OutputType(typeof(RunErrorInfo))]
public sealed class GetContactSyncRunErrorCommand : ContactSyncCmdlet
{
    private const string ByRunIdParameterSet = "ByRunId";
    private const string ByRunParameterSet = "ByRun";
    private const string ByPlanNameParameterSet = "ByPlanName";
    private const string ByPlanIdParameterSet = "ByPlanId";

    /// <summary>
    /// <para type="description">Run ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByRunIdParameterSet)]
    [ValidateNotNullOrEmpty]
    public string[] RunId { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Runs from Get-ContactSyncRun or Start-ContactSync.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByRunParameterSet)]
    [ValidateNotNull]
    public SyncRunInfo[] Run { get; set; } = Array.Empty<SyncRunInfo>();

    /// <summary>
    /// <para type="description">Plan names whose currently failing records to list; wildcards are allowed.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ByPlanNameParameterSet)]
    [Alias("Name")]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(PlanNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] PlanName { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">Plan ids whose currently failing records to list.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByPlanIdParameterSet)]
    [ValidateNotNullOrEmpty]
    public string[] PlanId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        IEnumerable<(string? RunId, string? PlanId)> queries = ParameterSetName switch
        {
            ByRunParameterSet => Run.Select(r => ((string?)r.Id, (string?)null)),
            ByPlanIdParameterSet => PlanId.Select(p => ((string?)null, (string?)p)),
            ByPlanNameParameterSet => ResolvePlansByName(PlanName).Select(p => ((string?)null, (string?)p.Id)).ToList(),
            _ => RunId.Select(r => ((string?)r, (string?)null)),
        };
        foreach (var (runId, planId) in queries)
        {
            if (TryInvoke(ct => Client.ListRunErrorsAsync(runId, planId, ct), (object?)runId ?? planId, out var errors))
            {
                WriteObject(errors, enumerateCollection: true);
            }
        }
    }
}
