using System.Management.Automation;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

/// <summary>
/// <para type="synopsis">Waits for runs to end, showing their progress, and returns their results.</para>
/// <para type="description">Wait-ContactSync attaches to runs by id (for example from Start-ContactSync -NoWait or Get-ContactSyncStatus), follows their progress with a progress bar and writes each ended run. For a run that has already ended it returns the result at once. Ctrl+C stops waiting; with -CancelOnStop it also cancels the run.</para>
/// </summary>
/// <example>
/// <code>Start-ContactSync 'Sales team' -NoWait | Wait-ContactSync</code>
/// <para>Starts a run and waits for it.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Wait, "ContactSync")]
[OutputType(typeof(SyncRunInfo))]
public sealed class WaitContactSyncCommand : ContactSyncCmdlet
{
    /// <summary>
    /// <para type="description">Run ids (the Id of a run object).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] RunId { get; set; } = Array.Empty<string>();

    /// <summary>
    /// <para type="description">On Ctrl+C, also asks the server to cancel the run.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter CancelOnStop { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        foreach (var runId in RunId)
        {
            using var stream = Client.WatchRun(runId);
            var run = FollowRun(stream, $"ContactSync run {runId}", CancelOnStop, runId);
            if (run is not null)
            {
                WriteObject(run);
            }
        }
    }
}
