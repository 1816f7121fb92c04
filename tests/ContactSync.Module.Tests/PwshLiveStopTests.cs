using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ContactSync.Client.Models;
using ContactSync.Emulators;
using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>
/// Stopping real runs from the real pwsh 7: Stop-ContactSync, a stopped pipeline with and without -CancelOnStop, and a
/// real Ctrl+C (SIGINT) to pwsh. The Google emulator lets each run's first batch of creates through and holds every later
/// one until the client gives up, so a run is surely still going when it is stopped, however loaded the machine is.
/// </summary>
public sealed class PwshLiveStopTests
{
    private const int SigInt = 2;
    private const int ZohoContacts = 1400;

    /// <summary>The pwsh process id the script prints as <c>READY &lt;pid&gt;</c> once its command runs.</summary>
    private static async Task<int> ReadyPidAsync(Process process, Task<string> stderr, CancellationToken cancellationToken)
    {
        var ready = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (ready?.StartsWith("READY ", StringComparison.Ordinal) != true)
        {
            Assert.Fail($"pwsh did not get ready: {ready}\n{await stderr}");
        }

        return int.Parse(ready!["READY ".Length..], CultureInfo.InvariantCulture);
    }

    private static EmulatorOptions SlowEmulator => new() { ZohoSeedContacts = ZohoContacts, Seed = 62 };

    [Fact]
    public async Task StopContactSyncAndStoppedPipelines_CancelTheRunOnlyWhenAsked()
    {
        await using var env = await LiveEnvironment.StartAsync(SlowEmulator);
        // LiveStop.ps1 sets the hold before each of its three runs (/_emulator/faults).

        var result = await env.RunScriptAsync("LiveStop.ps1", new Dictionary<string, string> { ["EXPECT_TO_GOOGLE"] = ZohoContacts.ToString(CultureInfo.InvariantCulture) });

        PwshPlanTests.AssertChecks(result, "stop-contactsync", "ctrl+c without cancel", "ctrl+c with cancel");
        var runs = await env.Client.ListRunsAsync(null, 10, CancellationToken.None);
        Assert.Equal(3, runs.Count);
        Assert.All(runs, r => Assert.Equal(RunOutcome.Cancelled, r.Outcome));
        Assert.True(env.GroupMembers < ZohoContacts, $"the cancelled runs stopped part way: {env.GroupMembers} of {ZohoContacts} in Google");
    }

    [Fact]
    public async Task CtrlC_WhileStartContactSyncFollowsARunWithCancelOnStop_StopsPwshAndTheServerCancelsTheRun()
    {
        Assert.False(OperatingSystem.IsWindows(), "This test sends a POSIX SIGINT.");
        await using var env = await LiveEnvironment.StartAsync(SlowEmulator);
        HoldGoogleCreatesAfterTheFirst(env);
        await Pwsh.EnsureToolsAsync(CancellationToken.None);
        using var process = Pwsh.Start(Path.Combine(RepositoryPaths.Scripts, "LiveCtrlC.ps1"), env.ScriptEnvironment());
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var pwshPid = await ReadyPidAsync(process, stderr, timeout.Token);
            var running = await env.WaitForStatusAsync("Slow", s => s.CurrentRun is { Processed: > 0 }, TimeSpan.FromSeconds(30));

            Assert.Equal(0, Kill(pwshPid, SigInt));
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.DoesNotContain("NOT STOPPED", rest);
            var ended = await env.WaitForStatusAsync("Slow", s => s.CurrentRun is null, TimeSpan.FromSeconds(15));
            Assert.Equal(running.CurrentRun!.Id, ended.LastRun?.Id);
            Assert.Equal(RunOutcome.Cancelled, ended.LastRun!.Outcome);
            Assert.True(env.GroupMembers < ZohoContacts, $"the run stopped part way: {env.GroupMembers} of {ZohoContacts} in Google");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task CtrlC_WhileStartContactSyncFollowsARunWithoutCancelOnStop_PrintsTheRunIdAndHowToFollowOrCancelIt()
    {
        Assert.False(OperatingSystem.IsWindows(), "This test sends a POSIX SIGINT.");
        await using var env = await LiveEnvironment.StartAsync(SlowEmulator);
        HoldGoogleCreatesAfterTheFirst(env);
        await Pwsh.EnsureToolsAsync(CancellationToken.None);
        using var process = Pwsh.Start(Path.Combine(RepositoryPaths.Scripts, "LiveCtrlCDetach.ps1"), env.ScriptEnvironment());
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var pwshPid = await ReadyPidAsync(process, stderr, timeout.Token);
            var running = await env.WaitForStatusAsync("Slow", s => s.CurrentRun is { Processed: > 0 }, TimeSpan.FromSeconds(30));
            var runId = running.CurrentRun!.Id;

            Assert.Equal(0, Kill(pwshPid, SigInt));
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token) + await stderr;
            await process.WaitForExitAsync(timeout.Token);

            Assert.DoesNotContain("NOT STOPPED", rest);
            Assert.Contains($"run {runId} goes on on the server", rest);
            Assert.Contains($"Wait-ContactSync -RunId {runId}", rest);
            Assert.Contains($"Stop-ContactSync -RunId {runId}", rest);
            var status = Assert.Single(await env.Client.GetStatusAsync(running.PlanId, CancellationToken.None));
            Assert.True(status.CurrentRun?.Id == runId || status.LastRun is { Outcome: RunOutcome.Succeeded }, $"the run went on: {status}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static void HoldGoogleCreatesAfterTheFirst(LiveEnvironment env) =>
        env.Emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: (int)TimeSpan.FromMinutes(10).TotalMilliseconds, Endpoint: "POST /v1/people:batchCreateContacts", Skip: 1));

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
