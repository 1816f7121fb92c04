using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>
/// The run cmdlets in the real pwsh 7 against a scripted fake of the run RPCs (the real sync engine is not merged
/// yet): progress, result, -NoWait/Wait-ContactSync, -WhatIf, stop with and without -CancelOnStop.
/// </summary>
public sealed class PwshRunTests(FakeRunServer fake) : IClassFixture<FakeRunServer>
{
    [Fact]
    public async Task Runs_ProgressResultWaitStopStatusAndPickers_AllChecksPassAndServerSawTheCalls()
    {
        var result = await Pwsh.RunFileAsync(
            Path.Combine(RepositoryPaths.Scripts, "Runs.ps1"),
            new Dictionary<string, string> { ["CONTACTSYNC_SERVER"] = fake.Address.ToString() },
            TimeSpan.FromSeconds(90));

        PwshPlanTests.AssertChecks(result, "progress and result", "whatif dry run", "nowait and wait", "stop", "stop-contactsync", "status, runs, errors", "pickers");
        var runs = fake.State.RunSyncCalls.ToArray();
        Assert.Contains(runs, r => r.PlanId == FakeRunService.FastPlanId && r.DryRun && r.Mode == Grpc.V1.RunMode.Full);
        Assert.Contains(runs, r => r.PlanId == FakeRunService.FastPlanId && !r.DryRun && r.Mode == Grpc.V1.RunMode.Incremental);
        Assert.Equal(2, runs.Count(r => r.PlanId == FakeRunService.SlowPlanId));
        // Only the -CancelOnStop stop and Stop-ContactSync cancelled the run; the plain stop only stopped waiting.
        Assert.Equal(new[] { "run-slow", "run-slow" }, fake.State.CancelRunCalls.ToArray());
    }
}
