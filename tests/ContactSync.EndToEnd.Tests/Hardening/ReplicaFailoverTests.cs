using ContactSync.Emulators;
using ContactSync.Testing.Databases;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Processes;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Hardening;

/// <summary>
/// Three server processes (distinct replica names, as on three machines) on one real PostgreSQL, schedulers on: the
/// replica holding a 5,000-contact run is killed with kill -9; once its lease expires another replica's scheduler resumes
/// the plan from its committed state and finishes it, with no duplicate contact and counts that add up.
/// </summary>
public sealed class ReplicaFailoverTests
{
    private const string AdminKey = "csk_failover_4be1d07c9a3f52e86d1b0c7a9e3f56d2b8a41c07";
    private const int Contacts = 5000;
    private const int GoogleBatch = 200;

    [Fact]
    public async Task KillingTheReplicaHoldingARun_AnotherReplicaFinishesItAfterTheLeaseExpires_WithoutDuplicates()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = Contacts, GoogleSeedContacts = 0, OverlappingEmails = 0, Seed = 97 }, CancellationToken.None);
        emulator.Faults.Add(new FaultRule("google", FaultKind.Latency, LatencyMs: 100));
        var data = Directory.CreateTempSubdirectory("contactsync-failover-").FullName;
        var connection = (await PostgresServer.GetAsync()).NewConnectionString("failover");
        var auth = new Metadata { { "authorization", "Bearer " + AdminKey } };
        var replicas = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => ServerProcess.StartAsync(data, AdminKey, Settings(connection, "replica-" + i))));
        try
        {
            var first = replicas[0].Client;
            await first.SetConnectionAsync(ConnectionRequests.Zoho(emulator), auth);
            await first.SetConnectionAsync(ConnectionRequests.Google(emulator), auth);
            var planId = (await first.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(emulator) }, auth)).Plan.Id;
            using (var call = first.RunSync(new Proto.RunSyncRequest { PlanId = planId }, auth))
            {
                await ReadUntilGoogleCreatedAsync(call, 3 * GoogleBatch);
                await replicas[0].KillAsync();
            }

            var runs = await WaitForResumedRunAsync(replicas[1].Client, planId, auth);

            var killed = runs.Single(r => r.Interrupted);
            var resumed = runs.Single(r => !r.Interrupted);
            Assert.Equal(2, runs.Count);
            Assert.Equal(Proto.RunOutcome.Failed, killed.Outcome);
            Assert.Equal(Proto.RunOutcome.Succeeded, resumed.Outcome);
            Assert.Equal(Proto.RunTrigger.Retry, resumed.Trigger);
            var members = emulator.Google.GetGroupMembers(emulator.Credentials.GoogleContactSyncGroup);
            Assert.Equal(Contacts, members.Count);
            Assert.Equal(Contacts, emulator.Google.GetAllContacts().Count);
            Assert.InRange(killed.Google.Created + resumed.Google.Created, Contacts - GoogleBatch, Contacts);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }

            Directory.Delete(data, recursive: true);
        }
    }

    private static Dictionary<string, string> Settings(string connection, string name) => new()
    {
        ["ContactSync__Database__Provider"] = "PostgreSql",
        ["ContactSync__Database__ConnectionString"] = connection,
        ["ContactSync__Runs__ReplicaName"] = name,
        ["ContactSync__Runs__LeaseDuration"] = "00:00:06",
        ["ContactSync__Runs__ProgressInterval"] = "00:00:00.200",
        ["ContactSync__Runs__SchedulerInterval"] = "00:00:01",
    };

    private static Proto.SyncPlan Plan(EmulatorHost emulator) => new()
    {
        Name = "Failover plan",
        CrmUserId = emulator.Credentials.ZohoUserIds["admin"],
        Direction = Proto.SyncDirection.CrmToGoogle,
        CrmViewId = emulator.Zoho.AllContactsViewId,
        GoogleGroup = emulator.Credentials.GoogleContactSyncGroup,
        Caps = new Proto.RunCaps(),
        Enabled = true,
        Interval = Duration.FromTimeSpan(TimeSpan.FromHours(1)),
    };

    private static async Task ReadUntilGoogleCreatedAsync(AsyncServerStreamingCall<Proto.RunEvent> call, int created)
    {
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            Assert.Null(item.Result);
            if (item.Progress.Google.Created >= created)
            {
                return;
            }
        }

        throw new InvalidOperationException("The run ended before it wrote enough to be killed mid-way.");
    }

    /// <summary>Waits (generous deadline) until the killed run is closed and a later run of the plan has ended.</summary>
    private static async Task<IReadOnlyList<Proto.SyncRun>> WaitForResumedRunAsync(Proto.ContactSync.ContactSyncClient client, string planId, Metadata auth)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(4);
        while (true)
        {
            var runs = (await client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = planId }, auth)).Runs;
            if (runs.Count >= 2 && runs.All(r => r.Outcome != Proto.RunOutcome.Unspecified))
            {
                return runs;
            }

            if (TimeProvider.System.GetUtcNow().UtcDateTime > deadline)
            {
                throw new TimeoutException($"No replica finished plan {planId} after the kill: {string.Join("; ", runs.Select(r => $"{r.Id} {r.Outcome} {r.Trigger}"))}.");
            }

            await Task.Delay(200);
        }
    }
}
