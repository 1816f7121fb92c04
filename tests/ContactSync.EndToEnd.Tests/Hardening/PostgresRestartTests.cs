using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Testing.Databases;
using ContactSync.Server.Runs.Launching;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Hardening;

/// <summary>
/// PostgreSQL restarted in the middle of a run (a cluster of the test's own): the run ends — failed cleanly, or finished —
/// and is never left open; the plan runs again at once on the same server and ends with every contact once.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const int Contacts = 3000;

    [Fact]
    public async Task PostgresRestartedMidRun_TheRunEndsCleanly_AndTheNextRunCompletesWithoutDuplicates()
    {
        var cluster = await PostgresServer.StartOwnAsync();
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["ContactSync:Database:Provider"] = "PostgreSql",
                ["ContactSync:Database:ConnectionString"] = cluster.NewConnectionString("restart"),
                ["ContactSync:Runs:SchedulerEnabled"] = "false",
            };
            await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = Contacts, GoogleSeedContacts = 0, Seed = 98 }, configuration: settings);
            env.Emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: 100));
            var plan = await env.ConfigureAsync(direction: Proto.SyncDirection.CrmToGoogle);

            var first = await RunAcrossRestartAsync(env, plan.Id, cluster);

            output.WriteLine($"Run across the restart: {first.Outcome}, {first.Google.Created} created: {first.Message}");
            Assert.NotEqual(Proto.RunOutcome.Unspecified, first.Outcome);
            var second = (await env.RunAsync(plan.Id))[^1].Result.Run;
            Assert.Equal(Proto.RunOutcome.Succeeded, second.Outcome);
            Assert.Equal(Contacts, env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup).Count);
            Assert.Equal(Contacts, env.Emulator.Google.GetAllContacts().Count);
            var runs = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, SyncEnvironment.Auth)).Runs;
            Assert.Equal(2, runs.Count);
            Assert.All(runs, r => Assert.NotEqual(Proto.RunOutcome.Unspecified, r.Outcome));
        }
        finally
        {
            await cluster.StopAsync();
        }
    }

    [Fact]
    public async Task PostgresDownWhenARunEnds_TheRunStillEndsInThisServer_AndThePlanRunsAgainOnceTheDatabaseIsBack()
    {
        var cluster = await PostgresServer.StartOwnAsync();
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["ContactSync:Database:Provider"] = "PostgreSql",
                ["ContactSync:Database:ConnectionString"] = cluster.NewConnectionString("down"),
                ["ContactSync:Runs:SchedulerEnabled"] = "false",
                ["ContactSync:Runs:LeaseDuration"] = "00:00:05",
            };
            await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = Contacts, GoogleSeedContacts = 0, Seed = 99 }, configuration: settings);
            env.Emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: 100));
            var plan = await env.ConfigureAsync(direction: Proto.SyncDirection.CrmToGoogle);
            var active = env.Server.Services.GetRequiredService<ActiveRuns>();

            using (var call = env.Client.RunSync(new Proto.RunSyncRequest { PlanId = plan.Id }, SyncEnvironment.Auth))
            {
                await foreach (var item in call.ResponseStream.ReadAllAsync())
                {
                    if (item.Progress?.Google.Created >= 400)
                    {
                        await cluster.HaltAsync(CancellationToken.None);
                        break;
                    }
                }
            }

            await WaitUntilAsync(() => active.FindByPlan(plan.Id) is null, "The run never ended in the server while the database was down.");
            await cluster.ResumeAsync(CancellationToken.None);
            var next = await RunUntilStartedAsync(env, plan.Id);

            Assert.Equal(Proto.RunOutcome.Succeeded, next.Outcome);
            Assert.Equal(Contacts, env.Emulator.Google.GetAllContacts().Count);
            Assert.All((await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, SyncEnvironment.Auth)).Runs,
                r => Assert.NotEqual(Proto.RunOutcome.Unspecified, r.Outcome));
        }
        finally
        {
            await cluster.StopAsync();
        }
    }

    /// <summary>Runs the plan until a run of its own (not the stale one) completes; the stale lease expires meanwhile.</summary>
    private static async Task<Proto.SyncRun> RunUntilStartedAsync(SyncEnvironment env, string planId)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(3);
        while (true)
        {
            try
            {
                var run = (await env.RunAsync(planId))[^1].Result.Run;
                if (!run.Interrupted)
                {
                    return run;
                }
            }
            catch (RpcException) when (TimeProvider.System.GetUtcNow().UtcDateTime < deadline)
            {
                // Connections to the restarted database are being re-established.
            }

            Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime < deadline, "The plan did not run again after the database came back.");
            await Task.Delay(200);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string message)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(2);
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime < deadline, message);
            await Task.Delay(50);
        }
    }

    /// <summary>Starts a run, restarts PostgreSQL once it has written some contacts, and returns the run as stored once it ended.</summary>
    private static async Task<Proto.SyncRun> RunAcrossRestartAsync(SyncEnvironment env, string planId, PostgresServer cluster)
    {
        string? runId = null;
        using (var call = env.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId }, SyncEnvironment.Auth))
        {
            try
            {
                await foreach (var item in call.ResponseStream.ReadAllAsync())
                {
                    runId ??= item.RunId;
                    if (item.Progress?.Google.Created >= 400 && runId is not null)
                    {
                        await cluster.RestartAsync(CancellationToken.None);
                        break;
                    }
                }
            }
            catch (RpcException)
            {
                // The stream may end with an error when the database went away under it.
            }
        }

        Assert.NotNull(runId);
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(3);
        while (true)
        {
            try
            {
                var run = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = planId }, SyncEnvironment.Auth)).Runs.Single(r => r.Id == runId);
                if (run.Outcome != Proto.RunOutcome.Unspecified)
                {
                    return run;
                }
            }
            catch (RpcException) when (TimeProvider.System.GetUtcNow().UtcDateTime < deadline)
            {
                // The server's own connections are being re-established.
            }

            Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime < deadline, $"Run {runId} was left open after PostgreSQL restarted.");
            await Task.Delay(100);
        }
    }
}
