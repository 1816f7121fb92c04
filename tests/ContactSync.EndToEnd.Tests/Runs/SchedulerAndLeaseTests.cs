using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Testing.Databases;
using ContactSync.Testing.Emulation;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using ContactSync.Server.Runs.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Runs;

public abstract class SchedulerAndLeaseTests
{
    /// <summary>The database every server of a test uses (each test gets a new one).</summary>
    protected abstract TestDatabase Database { get; }

    private static Metadata Auth => SyncEnvironment.Auth;

    [Fact]
    public async Task Scheduler_UnderAFakeClock_StartsDuePlansAtTheirInterval()
    {
        // The scheduler's tick is driven by the test (its own loop is off), so nothing here depends on timing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 20, Seed = 51 }, clock, NoLoop);
        var scheduler = env.Server.Services.GetRequiredService<SyncScheduler>();
        var plan = await env.ConfigureAsync(edit: p =>
        {
            p.Enabled = true;
            p.Interval = Duration.FromTimeSpan(TimeSpan.FromMinutes(5));
        });
        var manual = await env.ConfigureAsync("Manual plan");

        // A new plan's first scheduled run is one interval after it was saved.
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new[] { plan.Id }, await scheduler.TickAsync(CancellationToken.None));
        var first = await WaitForRunsAsync(env, plan.Id, 1);
        Assert.Equal(Proto.RunTrigger.Scheduled, first[0].Trigger);
        Assert.Equal(20, env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup).Count);

        var status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, Auth)).Statuses.Single();
        Assert.Equal(first[0].StartTime.ToDateTimeOffset() + TimeSpan.FromMinutes(5), status.NextRunTime.ToDateTimeOffset());

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await scheduler.TickAsync(CancellationToken.None));
        Assert.Single((await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, Auth)).Runs);

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(new[] { plan.Id }, await scheduler.TickAsync(CancellationToken.None));
        await WaitForRunsAsync(env, plan.Id, 2);
        Assert.Empty((await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = manual.Id }, Auth)).Runs);
    }

    [Fact]
    public async Task Scheduler_RetriesAFailingPlanWithDoublingBackOff()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 5, Seed = 53 }, clock, NoLoop);
        var scheduler = env.Server.Services.GetRequiredService<SyncScheduler>();
        var plan = await env.ConfigureAsync(edit: p =>
        {
            p.Enabled = true;
            p.Interval = Duration.FromTimeSpan(TimeSpan.FromMinutes(30));
        });
        await env.Client.SetConnectionAsync(ConnectionRequests.Zoho(env.Emulator, refreshToken: "1000.revoked.token"), Auth);

        // A run that cannot even start (the Zoho token is refused) is recorded as failed: the tick starts nothing.
        clock.Advance(TimeSpan.FromMinutes(30));
        await scheduler.TickAsync(CancellationToken.None);
        var failed = (await WaitForRunsAsync(env, plan.Id, 1))[0];
        Assert.Equal(Proto.RunOutcome.Failed, failed.Outcome);
        Assert.Equal(Proto.RunTrigger.Scheduled, failed.Trigger);
        var status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, Auth)).Statuses.Single();
        Assert.Equal(failed.EndTime.ToDateTimeOffset() + TimeSpan.FromMinutes(1), status.NextRunTime.ToDateTimeOffset());

        clock.Advance(TimeSpan.FromSeconds(30));
        await scheduler.TickAsync(CancellationToken.None);
        Assert.Single((await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, Auth)).Runs);
        clock.Advance(TimeSpan.FromSeconds(30));
        await scheduler.TickAsync(CancellationToken.None);
        var retried = await WaitForRunsAsync(env, plan.Id, 2);
        Assert.Equal(Proto.RunTrigger.Retry, retried[0].Trigger);
        status = (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = plan.Id }, Auth)).Statuses.Single();
        Assert.Equal(retried[0].EndTime.ToDateTimeOffset() + TimeSpan.FromMinutes(2), status.NextRunTime.ToDateTimeOffset());
    }

    [Fact]
    public async Task Scheduler_NewOrChangedPlan_WaitsOneIntervalBeforeItsFirstScheduledRun()
    {
        // The scheduler's tick is driven by the test (its own loop is off), so nothing here depends on timing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 10, Seed = 54 }, clock, NoLoop);
        var scheduler = env.Server.Services.GetRequiredService<SyncScheduler>();
        var interval = TimeSpan.FromMinutes(30);
        var plan = await env.ConfigureAsync(edit: p =>
        {
            p.Enabled = true;
            p.Interval = Duration.FromTimeSpan(interval);
        });
        var created = clock.GetUtcNow();
        Assert.Equal(created + interval, (await StatusAsync(env, plan.Id)).NextRunTime.ToDateTimeOffset());

        // The admin previews the new plan: nothing has synced it, and a dry run does not count as its first run.
        Assert.Empty(await scheduler.TickAsync(CancellationToken.None));
        var preview = (await env.RunAsync(plan.Id, full: true, dryRun: true))[^1].Result.Run;
        Assert.Equal(10, preview.Google.Created);
        clock.Advance(interval - TimeSpan.FromSeconds(1));
        Assert.Empty(await scheduler.TickAsync(CancellationToken.None));
        Assert.DoesNotContain((await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, Auth)).Runs, r => !r.DryRun);
        Assert.Empty(env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new[] { plan.Id }, await scheduler.TickAsync(CancellationToken.None));
        var first = (await WaitForRunsAsync(env, plan.Id, 2))[0];
        Assert.Equal(Proto.RunTrigger.Scheduled, first.Trigger);

        // Changed ten minutes later: the next scheduled run is one interval after the change, not after the last run.
        clock.Advance(TimeSpan.FromMinutes(10));
        var changed = plan.Clone();
        changed.Name = "E2E plan, changed";
        await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = changed }, Auth);
        var updated = clock.GetUtcNow();
        Assert.Equal(updated + interval, (await StatusAsync(env, plan.Id)).NextRunTime.ToDateTimeOffset());
        clock.Advance(interval - TimeSpan.FromSeconds(1));
        Assert.Empty(await scheduler.TickAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new[] { plan.Id }, await scheduler.TickAsync(CancellationToken.None));
        await WaitForRunsAsync(env, plan.Id, 3);
    }

    [Fact]
    public async Task TwoServersOnOneDatabase_NeverRunAPlanTwiceAtOnce()
    {
        await using var env = await StartAsync(new EmulatorOptions { ZohoSeedContacts = 400, Seed = 52 });
        var second = await env.StartServerAsync();
        env.Emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: 50));
        var plan = await env.ConfigureAsync();

        var runs = await Task.WhenAll(env.RunAsync(plan.Id), env.RunAsync(plan.Id, client: second), env.RunAsync(plan.Id, client: second));

        // Calls that arrive while the plan runs join that run; one whose start checks took longer than the whole run (a
        // loaded machine) starts the next run after it. Never two at once: every recorded run starts after the one before ended.
        var runIds = runs.Select(r => r[^1].RunId).Distinct().ToList();
        Assert.All(runs, r => Assert.Equal(Proto.RunOutcome.Succeeded, r[^1].Result.Run.Outcome));
        var recorded = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, Auth)).Runs.OrderBy(r => r.StartTime).ToList();
        Assert.Equal(runIds.Order(StringComparer.Ordinal), recorded.Select(r => r.Id).Order(StringComparer.Ordinal));
        for (var i = 1; i < recorded.Count; i++)
        {
            Assert.True(recorded[i].StartTime >= recorded[i - 1].EndTime, $"run {recorded[i].Id} started before {recorded[i - 1].Id} ended");
        }

        Assert.Equal(400, env.Emulator.Google.GetGroupMembers(env.Emulator.Credentials.GoogleContactSyncGroup).Count);
    }

    /// <summary>The scheduler's own loop off: the tests drive its ticks, so nothing depends on when its timer fires.</summary>
    private static Dictionary<string, string?> NoLoop => new() { ["ContactSync:Runs:SchedulerEnabled"] = "false" };

    private static async Task<Proto.PlanStatus> StatusAsync(SyncEnvironment env, string planId) =>
        (await env.Client.GetStatusAsync(new Proto.GetStatusRequest { PlanId = planId }, Auth)).Statuses.Single();

    private static async Task<IReadOnlyList<Proto.SyncRun>> WaitForRunsAsync(SyncEnvironment env, string planId, int count)
    {
        for (var i = 0; i < 400; i++)
        {
            var runs = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = planId }, Auth)).Runs;
            if (runs.Count >= count && runs.All(r => r.Outcome != Proto.RunOutcome.Unspecified))
            {
                return runs;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Expected {count} ended runs of plan {planId}.");
    }

    private Task<SyncEnvironment> StartAsync(EmulatorOptions emulator, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? configuration = null) =>
        SyncEnvironment.StartAsync(emulator, time, configuration, database: Database);
}
