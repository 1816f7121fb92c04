using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Server.Runs.Scheduling;
using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using ContactSync.Testing.Databases;
using ContactSync.Testing.Hosting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Runs;

/// <summary>
/// The scheduler on several servers sharing one database (issue 15): a due plan runs once per interval, whichever replica
/// finds it due. The tests drive every replica's scheduler tick themselves (their loops off) under one fake clock.
/// </summary>
public abstract class ReplicaSchedulingTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly Dictionary<string, string?> NoLoop = new() { ["ContactSync:Runs:SchedulerEnabled"] = "false" };

    private static Metadata Auth => SyncEnvironment.Auth;

    /// <summary>The database the replicas share.</summary>
    protected abstract TestDatabase Database { get; }

    [Fact]
    public async Task AReplicaThatFoundAPlanDue_WhileAnotherRanIt_DoesNotRunItAgain()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5, Seed = 61 }, clock, NoLoop, database: Database);
        GatedRunRepository? gate = null;
        var late = await env.StartReplicaAsync(clock, NoLoop, services =>
        {
            var descriptor = services.Single(d => d.ServiceType == typeof(IRunRepository));
            services.Replace(ServiceDescriptor.Singleton<IRunRepository>(sp =>
            {
                var (repository, created) = GatedRunRepository.Wrap((IRunRepository)ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
                gate = created;
                return repository;
            }));
        });
        var plan = await env.ConfigureAsync(edit: Scheduled);
        clock.Advance(Interval);
        _ = late.Host.Services.GetRequiredService<IRunRepository>();

        // The late replica reads the plan's last run (none: due), then waits at the gate while the first replica runs it.
        var held = gate!.ArmAsync();
        var lateTick = late.Host.Services.GetRequiredService<SyncScheduler>().TickAsync(CancellationToken.None);
        await held;
        Assert.Equal([plan.Id], await env.Server.Services.GetRequiredService<SyncScheduler>().TickAsync(CancellationToken.None));
        await WaitForEndedRunsAsync(env, plan.Id, 1);
        await WaitForLeaseFreedAsync(env, plan.Id);
        gate.Open();

        Assert.Empty(await lateTick);
        Assert.Single((await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, Auth)).Runs);
    }

    [Fact]
    public async Task ThreeReplicas_FiftyPlans_EveryDuePlanRunsExactlyOncePerInterval()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 3, GoogleSeedContacts = 0, Seed = 62 }, clock, NoLoop, database: Database);
        var replicas = new List<TestServer> { await env.StartReplicaAsync(clock, NoLoop), await env.StartReplicaAsync(clock, NoLoop) };
        var schedulers = new[] { env.Server }.Concat(replicas.Select(r => r.Host)).Select(h => h.Services.GetRequiredService<SyncScheduler>()).ToList();
        var plans = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            plans.Add((await env.ConfigureAsync($"Replica plan {i:00}", edit: Scheduled)).Id);
        }

        for (var interval = 1; interval <= 2; interval++)
        {
            clock.Advance(Interval);
            var started = (await Task.WhenAll(schedulers.Select(s => Task.Run(() => s.TickAsync(CancellationToken.None))))).SelectMany(s => s).ToList();

            Assert.Equal(plans.Order(StringComparer.Ordinal), started.Order(StringComparer.Ordinal));
            foreach (var plan in plans)
            {
                await WaitForEndedRunsAsync(env, plan, interval);
            }

            var again = (await Task.WhenAll(schedulers.Select(s => Task.Run(() => s.TickAsync(CancellationToken.None))))).SelectMany(s => s).ToList();
            Assert.Empty(again);
        }

        foreach (var plan in plans)
        {
            var runs = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan }, Auth)).Runs;
            Assert.Equal(2, runs.Count);
            Assert.All(runs, r => Assert.Equal(Proto.RunTrigger.Scheduled, r.Trigger));
        }
    }

    private static void Scheduled(Proto.SyncPlan plan)
    {
        plan.Enabled = true;
        plan.Interval = Duration.FromTimeSpan(Interval);
    }

    private static async Task WaitForEndedRunsAsync(SyncEnvironment env, string planId, int count)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(3);
        while (TimeProvider.System.GetUtcNow().UtcDateTime < deadline)
        {
            var runs = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = planId }, Auth)).Runs;
            if (runs.Count >= count && runs.All(r => r.Outcome != Proto.RunOutcome.Unspecified))
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Expected {count} ended runs of plan {planId}.");
    }

    private static async Task WaitForLeaseFreedAsync(SyncEnvironment env, string planId)
    {
        var leases = env.Server.Services.GetRequiredService<IPlanLeaseRepository>();
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1);
        while (await leases.GetAsync(planId, CancellationToken.None) is not null)
        {
            Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime < deadline, $"The lease of plan {planId} was not released.");
            await Task.Delay(25);
        }
    }
}
