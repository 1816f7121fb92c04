using System.Management.Automation;
using ContactSync.Client;
using ContactSync.Client.Models;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Runs sync plans, showing progress, and returns each run's result.</para>
/// <para type="description">Start-ContactSync starts a run of each plan (or joins the run already in progress) and follows the server's progress stream with a progress bar showing the phase and the counts, then writes the ended run. -DryRun, and -WhatIf, plan the run without writing anything and return the planned changes in PlannedChanges. -NoWait returns the run as soon as it started; follow it later with Wait-ContactSync. Ctrl+C stops waiting: the run goes on, and Start-ContactSync prints its id with the commands to follow it again (Wait-ContactSync -RunId) or cancel it (Stop-ContactSync -RunId); with -CancelOnStop, Ctrl+C cancels the run instead.</para>
/// </summary>
/// <example>
/// <code>Start-ContactSync -PlanName 'Sales team'</code>
/// <para>Runs the plan incrementally with a progress bar and returns the result.</para>
/// </example>
/// <example>
/// <code>(Start-ContactSync 'Sales team' -Full -WhatIf).PlannedChanges | Format-Table Action, Target, Email</code>
/// <para>Shows what a full run would change, changing nothing.</para>
/// </example>
/// <example>
/// <code>$run = Start-ContactSync 'Sales team' -NoWait
/// $run | Wait-ContactSync</code>
/// <para>Starts a run in the background and waits for it later.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Start, "ContactSync", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PlanParameterSets.ByName)]
[OutputType(typeof(SyncRunInfo))]
public sealed class StartContactSyncCommand : PlanSelectingCmdlet
{
    /// <summary>
    /// <para type="description">Reconciles every contact in scope instead of reading only changes.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Full { get; set; }

    /// <summary>
    /// <para type="description">Plans the run and reports the changes without writing anything (-WhatIf does the same).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter DryRun { get; set; }

    /// <summary>
    /// <para type="description">Returns the run as soon as it started, without waiting.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter NoWait { get; set; }

    /// <summary>
    /// <para type="description">On Ctrl+C, also asks the server to cancel the run (otherwise it goes on).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter CancelOnStop { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var dryRun = DryRun.IsPresent || IsWhatIf();
        var mode = Full ? RunMode.Full : RunMode.Incremental;
        foreach (var plan in SelectedPlans())
        {
            var target = $"{plan.Name} ({plan.Id})";
            if (dryRun)
            {
                WriteVerbose(ErrorRecords.Format("Dry run of '{0}': nothing is written.", plan.Name));
            }
            else if (!ShouldProcess(target, Full ? "Start full sync" : "Start sync"))
            {
                continue;
            }

            using var stream = Client.StartRun(plan.Id, mode, dryRun);
            var run = NoWait ? FirstSight(stream, plan) : FollowRun(stream, $"ContactSync '{plan.Name}'", CancelOnStop, plan);
            if (run is not null)
            {
                WriteObject(run);
            }
        }
    }

    /// <summary>Reads the first event, then leaves the run going and returns what is known of it.</summary>
    private SyncRunInfo? FirstSight(RunEventStream stream, SyncPlanInfo plan)
    {
        RunEventInfo first;
        try
        {
            if (!stream.MoveNextAsync(StopToken).GetAwaiter().GetResult())
            {
                WriteError(ErrorRecords.Create(ErrorRecords.RunStreamEnded, ErrorCategory.ProtocolError, "The server ended the run stream before the run started.", plan));
                return null;
            }

            first = stream.Current;
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (ContactSyncClientException ex)
        {
            WriteClientError(ex, plan);
            return null;
        }

        if (first.Result is not null)
        {
            return first.Result;
        }

        // Prefer the server's view of the run; fall back to what the first progress event says.
        if (TryInvoke(ct => Client.GetStatusAsync(plan.Id, ct), plan, out var statuses))
        {
            var known = statuses.SelectMany(s => new[] { s.CurrentRun, s.LastRun }).FirstOrDefault(r => r?.Id == first.RunId);
            if (known is not null)
            {
                return known;
            }
        }

        var progress = first.Progress ?? new RunProgressInfo();
        return new SyncRunInfo
        {
            Id = first.RunId,
            PlanId = plan.Id,
            Trigger = RunTrigger.Manual,
            Mode = Full ? RunMode.Full : RunMode.Incremental,
            DryRun = DryRun.IsPresent || IsWhatIf(),
            StartTime = progress.Time,
            Phase = progress.Phase,
            Processed = progress.Processed,
            Total = progress.Total,
            Crm = progress.Crm,
            Google = progress.Google,
            Conflicts = progress.Conflicts,
            Errors = progress.Errors,
            Message = progress.Message,
        };
    }
}
