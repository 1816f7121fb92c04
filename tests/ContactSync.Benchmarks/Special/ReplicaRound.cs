using System.Diagnostics;
using System.Globalization;
using ContactSync.Benchmarks.Api;
using ContactSync.Benchmarks.Emulator;
using ContactSync.Benchmarks.Running;
using ContactSync.Grpc.V1;
using ContactSync.Testing.Databases;
using ContactSync.Testing.Processes;
using Google.Protobuf.WellKnownTypes;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// One configuration of <see cref="ReplicaScenario"/>: a fresh organisation in the emulators, the configuration's servers
/// (scheduler on in each), one plan per CRM user rolled out enabled with their first run due at once
/// (<c>ContactSync:Runs:FirstRunDelay</c>: each plan is first due 20 s after it was saved), and the scheduler left to run
/// them all; then the run records (the calls are each run's recorded API usage: the roll-out's own checks overlap the
/// first runs, so the emulators' counters would mix both).
/// The replicas share one data folder: its key ring encrypts the stored connections, which every replica must read (README
/// "Running several servers"); with PostgreSQL nothing else is kept there.
/// </summary>
internal sealed class ReplicaRound(BenchEnvironment env, TextWriter log)
{
    public const int Users = 200;
    public const int ContactsPerUser = 500;
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromSeconds(20);

    public async Task<ReplicaRoundResult> RunAsync(ReplicaConfiguration configuration, CancellationToken cancellationToken)
    {
        await env.Control.ClearFaultsAsync(cancellationToken);
        await env.Control.SeedAsync(0, 0, 0, 42, cancellationToken);
        var users = await env.Control.SeedOrgAsync(Users, ContactsPerUser, 0, 0, 42, cancellationToken);
        var database = configuration.OnPostgres ? (await PostgresServer.GetAsync()).NewConnectionString("bench_replicas") : null;
        var servers = new List<ServerProcess>();
        var folder = Path.Combine(env.WorkDirectory, F($"replicas-{configuration.Replicas}-{Guid.NewGuid():N}")[..30]);
        try
        {
            for (var i = 0; i < configuration.Replicas; i++)
            {
                servers.Add(await ServerProcess.StartAsync(env.ServerDll, folder, env.AdminKey, Settings(i, database), cancellationToken));
            }

            using var driver = new ContactSyncDriver(servers[0].GrpcAddress, env.AdminKey);
            await driver.SetConnectionsAsync(env.Credentials, env.EmulatorBase, cancellationToken);
            var rollOut = Stopwatch.StartNew();
            var plans = await driver.RollOutAsync(Template(), users.Select(u => u.ZohoUserId), cancellationToken);
            await env.Control.ResetCallsAsync(cancellationToken);
            log.WriteLine(F($"  [{configuration.Label}] {plans.Count} plans rolled out on {servers.Count} server(s) in {rollOut.Elapsed.TotalSeconds:0.0} s; waiting for the scheduler"));
            var runs = await WaitForRunsAsync(servers[0], plans.Select(p => p.Id).ToList(), cancellationToken);
            var calls = await env.Control.GetCallsAsync(cancellationToken);
            return Result(configuration, plans, runs, calls, log);
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }

            TryDelete(folder);
        }
    }

    /// <summary>The replica's settings: the scheduler looks every second, a new plan is due at once, no abuse guard on the one admin key.</summary>
    private Dictionary<string, string> Settings(int replica, string? database)
    {
        var settings = env.ServerSettings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        settings["ContactSync__Limits__LiveCallsPerMinute"] = "0";
        settings["ContactSync__Runs__SchedulerInterval"] = "00:00:01";
        settings["ContactSync__Runs__FirstRunDelay"] = FirstRunDelay.ToString("c", CultureInfo.InvariantCulture);
        settings["ContactSync__Runs__ReplicaName"] = F($"bench-replica-{replica}");
        if (database is not null)
        {
            settings["ContactSync__Database__Provider"] = "PostgreSql";
            settings["ContactSync__Database__ConnectionString"] = database;
        }

        return settings;
    }

    /// <summary>CRM → Google, scheduled every 5 minutes (the shortest interval), "All Contacts" into each user's "ContactSync" group, no caps.</summary>
    private static PlanTemplate Template() => new()
    {
        Name = "Replica – {email}",
        Direction = SyncDirection.CrmToGoogle,
        CrmViewName = "All Contacts",
        GoogleGroupName = "ContactSync",
        Caps = new RunCaps { FirstRun = 0, LaterRuns = 0 },
        Interval = Duration.FromTimeSpan(Interval),
        Enabled = true,
    };

    /// <summary>The run records once every plan's run ended, and a few scheduler looks later (a second run would show).</summary>
    private async Task<IReadOnlyList<SyncRun>> WaitForRunsAsync(ServerProcess server, IReadOnlyList<string> planIds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var runs = await ReplicaRunRecords.ListAsync(server.Client, env.AdminKey, cancellationToken);
        while (!ReplicaRunRecords.AllEnded(runs, planIds) && clock.Elapsed < Deadline)
        {
            await Task.Delay(1000, cancellationToken);
            runs = await ReplicaRunRecords.ListAsync(server.Client, env.AdminKey, cancellationToken);
        }

        await Task.Delay(Settle, cancellationToken);
        return await ReplicaRunRecords.ListAsync(server.Client, env.AdminKey, cancellationToken);
    }

    private static ReplicaRoundResult Result(ReplicaConfiguration configuration, IReadOnlyList<SyncPlan> plans, IReadOnlyList<SyncRun> runs, CallCounts calls, TextWriter log)
    {
        if (ReplicaRunRecords.Failures(runs) is { Length: > 0 } failures)
        {
            log.WriteLine($"  [{configuration.Label}] not succeeded: {failures}");
        }

        var dueOf = plans.ToDictionary(p => p.Id, p => p.UpdateTime.ToDateTimeOffset() + FirstRunDelay);
        var waits = ReplicaRunRecords.DueToStart(runs, dueOf);
        var ended = runs.Where(r => r.EndTime is not null).Select(r => r.EndTime.ToDateTimeOffset()).ToList();
        var wall = ended.Count == 0 || dueOf.Count == 0 ? double.NaN : (ended.Max() - dueOf.Values.Min()).TotalSeconds;
        var endpoints = string.Join(", ", calls.PerEndpoint.Where(kv => kv.Value > 0).Select(kv => F($"{kv.Key} {kv.Value}")));
        var perPlan = ReplicaRunRecords.CallsPerPlan(runs);
        return new ReplicaRoundResult(
            configuration,
            plans.Count,
            wall,
            perPlan.Sum(),
            perPlan.Count == 0 ? 0 : perPlan[^1],
            ReplicaFloor.Total(ContactsPerUser),
            ReplicaRunRecords.Percentile(waits, 95),
            waits.Count == 0 ? double.NaN : waits[^1],
            runs.Count,
            runs.Count(r => r.Outcome != RunOutcome.Succeeded),
            plans.Count(p => runs.All(r => r.PlanId != p.Id)),
            ReplicaRunRecords.RanTwice(runs, Interval),
            ReplicaRunRecords.Takeovers(runs),
            ReplicaRunRecords.Retries(runs),
            endpoints);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for Clean.
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
