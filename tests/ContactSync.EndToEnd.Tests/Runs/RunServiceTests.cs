using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Testing.Databases;
using ContactSync.Testing.Logging;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary>Runs as a service over a real loopback server and the emulators (issue 5).</summary>
public abstract class RunServiceTests
{
    /// <summary>The database every server of a test uses (each test gets a new one).</summary>
    protected abstract TestDatabase Database { get; }

    private static Metadata Auth => SyncEnvironment.Auth;

    [Fact]
    public async Task RunSync_StreamsProgressInOrderThenExactlyOneResult()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 450, GoogleSeedContacts = 120, OverlappingEmails = 40, Seed = 41 });
        var plan = await env.ConfigureAsync();

        var events = await env.RunAsync(plan.Id);

        Assert.True(events.Count >= 3);
        Assert.All(events.Take(events.Count - 1), e => Assert.Equal(Proto.RunEvent.EventOneofCase.Progress, e.EventCase));
        var result = events[^1].Result;
        Assert.NotNull(result);
        Assert.Equal(Proto.RunOutcome.Succeeded, result.Run.Outcome);
        Assert.Single(events.Select(e => e.RunId).Distinct());
        var processed = events.Where(e => e.Progress is not null).Select(e => e.Progress.Processed).ToList();
        Assert.Equal(processed.OrderBy(p => p), processed);
        var members = env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup).Count;
        Assert.Equal(env.Emulator.Zoho.GetAllRecords().Count, members);
        Assert.Equal(result.Run.Google.Created, members - 120);
        Assert.True(result.Run.ApiUsage.CrmCalls > 0 && result.Run.ApiUsage.GoogleCalls > 0);

        var status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, Auth)).Statuses.Single();
        Assert.Equal(result.Run.Id, status.LastRun.Id);
        Assert.Equal(members, status.LinkedContacts);
        Assert.Equal(0, status.FailingRecords);
        Assert.Null(status.NextRunTime);
    }

    [Fact]
    public async Task RunSync_SecondCallWhileRunning_JoinsTheSameRun()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 600, Seed = 42 });
        env.Emulator.Faults.Add(new FaultRule("all", FaultKind.Latency, LatencyMs: 40));
        var plan = await env.ConfigureAsync();

        var first = env.RunAsync(plan.Id);
        await WaitForRunningAsync(env, plan.Id);
        var second = env.RunAsync(plan.Id);
        var results = await Task.WhenAll(first, second);

        Assert.Equal(results[0][^1].RunId, results[1][^1].RunId);
        Assert.NotNull(results[1][^1].Result);
        var runs = await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, Auth);
        Assert.Single(runs.Runs);
    }

    [Fact]
    public async Task CancelRun_MidRun_StopsCleanlyAndARerunFinishesWithoutDuplicates()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 1200, GoogleSeedContacts = 200, OverlappingEmails = 50, Seed = 43 });
        env.Emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: 60));
        var plan = await env.ConfigureAsync();

        using var call = env.Client.RunSync(new Proto.RunSyncRequest { PlanId = plan.Id }, Auth);
        Proto.RunEvent? last = null;
        var cancelled = false;
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            last = item;
            if (!cancelled && item.Progress is { } p && p.Google.Created > 0)
            {
                await env.Client.CancelRunAsync(new Proto.CancelRunRequest { RunId = item.RunId }, Auth);
                cancelled = true;
            }
        }

        Assert.True(cancelled);
        Assert.Equal(Proto.RunOutcome.Cancelled, last!.Result.Run.Outcome);
        env.Emulator.Faults.Clear();

        var rerun = await env.RunAsync(plan.Id);

        Assert.Equal(Proto.RunOutcome.Succeeded, rerun[^1].Result.Run.Outcome);
        var members = env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup);
        Assert.Equal(env.Emulator.Zoho.GetAllRecords().Count, members.Count);
        var crmIds = env.Emulator.Google.GetAllContacts().Select(p => p["clientData"]?.AsArray().FirstOrDefault()?["value"]?.ToString()).Where(v => v is not null).ToList();
        Assert.Equal(crmIds.Count, crmIds.Distinct().Count());
    }

    [Fact]
    public async Task ClientDisconnect_DoesNotStopTheRun_AndWatchRunSeesTheResult()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 500, Seed = 44 });
        env.Emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: 40));
        var plan = await env.ConfigureAsync();

        string runId;
        using (var cts = new CancellationTokenSource())
        using (var call = env.Client.RunSync(new Proto.RunSyncRequest { PlanId = plan.Id }, Auth, cancellationToken: cts.Token))
        {
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            runId = call.ResponseStream.Current.RunId;
            await cts.CancelAsync();
        }

        using var watch = env.Client.WatchRun(new Proto.WatchRunRequest { RunId = runId }, Auth);
        Proto.RunEvent? last = null;
        await foreach (var item in watch.ResponseStream.ReadAllAsync())
        {
            last = item;
        }

        Assert.Equal(Proto.RunOutcome.Succeeded, last!.Result.Run.Outcome);
        Assert.Equal(500, env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup).Count);

        // A finished run replays its result.
        using var replay = env.Client.WatchRun(new Proto.WatchRunRequest { RunId = runId }, Auth);
        var replayed = await replay.ResponseStream.ReadAllAsync().ToListAsync();
        Assert.Equal(runId, Assert.Single(replayed).Result.Run.Id);
    }

    [Fact]
    public async Task PartlyFailedRun_ShowsInStatusAndRunErrors()
    {
        await using var env = await StartAsync(new EmulatorOptions { GoogleSeedContacts = 20, Seed = 45 });

        // A CRM record outside the plan's view holds the email: the CRM refuses the create as a duplicate (a value the
        // CRM merely cannot hold, such as a too-long name, is written without it instead: see ApiLimitsServiceTests).
        env.Emulator.Zoho.CreateRecordAsUser(new System.Text.Json.Nodes.JsonObject { ["Last_Name"] = "Elsewhere", ["Email"] = "too.long@example.com", ["Mailing_Country"] = "France" });
        env.Emulator.Google.CreateContactAsUser(new System.Text.Json.Nodes.JsonObject
        {
            ["names"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["givenName"] = "Taken", ["familyName"] = "Email" }),
            ["emailAddresses"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["value"] = "too.long@example.com", ["type"] = "work" }),
            ["memberships"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["contactGroupMembership"] = new System.Text.Json.Nodes.JsonObject { ["contactGroupResourceName"] = env.Emulator.Credentials.GoogleContactSyncGroup } }),
        });
        var plan = await env.ConfigureAsync(edit: p => p.CrmViewId = env.Emulator.Zoho.GermanyViewId);

        var result = (await env.RunAsync(plan.Id))[^1].Result.Run;

        Assert.Equal(Proto.RunOutcome.PartiallySucceeded, result.Outcome);
        Assert.Equal(1, result.Errors);
        Assert.Equal(20, result.Crm.Created);
        var errors = await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { RunId = result.Id }, Auth);
        var error = Assert.Single(errors.Errors);
        Assert.Equal(Proto.Side.Crm, error.Side);
        Assert.Equal("too.long@example.com", error.Email);
        Assert.False(string.IsNullOrEmpty(error.Code));
        var status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, Auth)).Statuses.Single();
        Assert.Equal(1, status.FailingRecords);
        Assert.Equal(Proto.RunOutcome.PartiallySucceeded, status.LastRun.Outcome);

        // The failing record is retried by the next run and counted again.
        var second = (await env.RunAsync(plan.Id))[^1].Result.Run;
        var retried = Assert.Single((await env.Client.ListRunErrorsAsync(new Proto.ListRunErrorsRequest { RunId = second.Id }, Auth)).Errors);
        Assert.Equal(1, retried.Retries);
    }

    [Fact]
    public async Task RepeatedRuns_ReuseTheAccessTokensOfTheStoredConnections()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 15, GoogleSeedContacts = 5, Seed = 48 });
        var plan = await env.ConfigureAsync();
        env.Emulator.Calls.Reset();

        await env.RunAsync(plan.Id);
        await env.RunAsync(plan.Id);
        var quiet = (await env.RunAsync(plan.Id))[^1].Result.Run;

        Assert.InRange(env.Emulator.Calls.Count("google POST /token"), 0, 1);
        Assert.Equal(0, env.Emulator.Calls.Count("zoho POST /oauth/v2/token"));
        Assert.True(quiet.ApiUsage.CrmCalls + quiet.ApiUsage.GoogleCalls <= 4, $"a run with nothing to do made {quiet.ApiUsage.CrmCalls} + {quiet.ApiUsage.GoogleCalls} calls");
    }

    [Fact]
    public async Task DeleteConfigAndCreateItAgain_SyncsWithoutDuplicates()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 60, GoogleSeedContacts = 40, OverlappingEmails = 15, Seed = 49 });
        var plan = await env.ConfigureAsync();
        await env.RunAsync(plan.Id);
        var counts = (env.Emulator.Zoho.GetAllRecords().Count, env.Emulator.Google.GetAllContacts().Count);

        await env.Client.DeleteConfigAsync(new Proto.DeleteConfigRequest { PlanId = plan.Id }, Auth);
        var status = await env.Client.GetStatusAsync(new Proto.GetStatusRequest(), Auth);
        Assert.Empty(status.Statuses);
        var again = await env.ConfigureAsync();
        var result = (await env.RunAsync(again.Id))[^1].Result.Run;

        Assert.NotEqual(plan.Id, again.Id);
        Assert.Equal(Proto.RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(0, result.Crm.Created + result.Google.Created);
        Assert.Equal(counts, (env.Emulator.Zoho.GetAllRecords().Count, env.Emulator.Google.GetAllContacts().Count));
        var linked = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = again.Id }, Auth)).Statuses.Single().LinkedContacts;
        Assert.Equal(counts.Item1, linked);
    }

    [Fact]
    public async Task DryRun_StreamsThePlanAndWritesNothing()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 30, GoogleSeedContacts = 10, Seed = 46 });
        var plan = await env.ConfigureAsync();

        var result = (await env.RunAsync(plan.Id, dryRun: true))[^1].Result;

        Assert.True(result.Run.DryRun);
        Assert.Equal(30, result.PlannedChanges.Count(c => c.Action == Proto.ChangeAction.Create && c.Target == Proto.Side.Google));
        Assert.Equal(10, result.PlannedChanges.Count(c => c.Action == Proto.ChangeAction.Create && c.Target == Proto.Side.Crm));
        Assert.Equal(10, env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup).Count);
        Assert.Equal(30, env.Emulator.Zoho.GetAllRecords().Count);
    }

    [Fact]
    public async Task Secrets_NeverAppearInResponsesOrLogs()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 10, Seed = 47 });
        var plan = await env.ConfigureAsync();
        await env.RunAsync(plan.Id);
        var connections = await env.Client.GetConnectionsAsync(new Proto.GetConnectionsRequest(), Auth);
        var status = await env.Client.GetStatusAsync(new Proto.GetStatusRequest(), Auth);

        var credentials = env.Emulator.Credentials;
        var secrets = new[] { credentials.ZohoClientSecret, credentials.ZohoAdminRefreshToken, "PRIVATE KEY" };
        var text = string.Join("\n", env.Logs.Lines()) + connections + status;
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    private static async Task WaitForRunningAsync(SyncEnvironment env, string planId)
    {
        for (var i = 0; i < 200; i++)
        {
            var status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = planId }, Auth)).Statuses.Single();
            if (status.CurrentRun is not null)
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The run did not start.");
    }

    private Task<SyncEnvironment> StartAsync(EmulatorOptions emulator, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null) =>
        SyncEnvironment.StartAsync(emulator, time, configuration, database: Database);
}
