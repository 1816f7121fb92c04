using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Processes;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Engine;

/// <summary>
/// Kills the server process running the engine at random points of a ≥2,000-contact bidirectional run, several times,
/// restarts it each time, and checks the invariants: counts, no duplicates, every mapped field equal on both sides.
/// </summary>
public sealed class CrashSafetyTests
{
    private const string AdminKey = "csk_crashtest_35ac1f9138cd0c7cbfc6b6d0e56d8c18943afcd8";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task KilledAtRandomPointsAndRestarted_EndsWithNoDuplicatesNoLostUpdatesNoLostLinks()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ZohoSeedContacts = 1500, GoogleSeedContacts = 800, OverlappingEmails = 300, Seed = 61 }, CancellationToken.None);
        emulator.Faults.Add(new FaultRule("all", FaultKind.Latency, LatencyMs: 3));
        var data = Directory.CreateTempSubdirectory("contactsync-crash-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["ContactSync__Runs__LeaseDuration"] = "00:00:02",
            ["ContactSync__Runs__SchedulerEnabled"] = "false",
            ["ContactSync__Runs__ProgressInterval"] = "00:00:00.100",
        };
        var auth = new Metadata { { "authorization", "Bearer " + AdminKey } };
        var random = new Random(61);
        string planId;
        await using (var first = await ServerProcess.StartAsync(data, AdminKey, settings))
        {
            await ConnectAsync(first.Client, emulator, auth);
            planId = (await first.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = Plan(emulator) }, auth)).Plan.Id;
        }

        var kills = await RunAndKillAsync(emulator, data, settings, auth, planId, random);

        Assert.True(kills >= 2, $"Only {kills} runs were killed mid-way; the test needs real crashes.");
        await using (var last = await ServerProcess.StartAsync(data, AdminKey, settings))
        {
            await Task.Delay(Lease + TimeSpan.FromMilliseconds(300));
            var final = await ReadAsync(last.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId }, auth));
            Assert.Contains(final.Result.Run.Outcome, new[] { Proto.RunOutcome.Succeeded, Proto.RunOutcome.PartiallySucceeded });
            var quiet = await ReadAsync(last.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId, Mode = Proto.RunMode.Full }, auth));
            var run = quiet.Result.Run;
            Assert.Equal(0, run.Crm.Created + run.Google.Created + run.Crm.Updated + run.Google.Updated);
        }

        AssertInvariants(emulator);
        Directory.Delete(data, recursive: true);
    }

    /// <summary>
    /// Four runs, each killed at a random point while still running — once it reports a random number of writes, a state
    /// read from its own progress stream (a kill after a random delay missed runs that had already ended on a fast machine) —
    /// with edits on both sides after each; returns the kills.
    /// </summary>
    private static async Task<int> RunAndKillAsync(EmulatorHost emulator, string data, Dictionary<string, string> settings, Metadata auth, string planId,
        Random random)
    {
        var kills = 0;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await using var server = await ServerProcess.StartAsync(data, AdminKey, settings);
            await Task.Delay(Lease + TimeSpan.FromMilliseconds(300));
            using var call = server.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId }, auth);
            if (await WritingAsync(call, random.Next(1, 400)))
            {
                await server.KillAsync();
                kills++;
                try
                {
                    await ReadAsync(call);
                }
                catch (Exception ex) when (ex is RpcException or InvalidOperationException)
                {
                    // The stream broke with the process.
                }
            }

            // Someone edits both sides between crashes: these updates must not be lost.
            var record = emulator.Zoho.GetAllRecords()[attempt];
            emulator.Zoho.UpdateRecordAsUser(record["id"]!.ToString(), new JsonObject { ["Title"] = $"Edited after crash {attempt}" });
        }

        return kills;
    }

    private static void AssertInvariants(EmulatorHost emulator)
    {
        var zoho = emulator.Zoho.GetAllRecords();
        var members = emulator.Google.GetGroupMembers(emulator.Credentials.GoogleContactSyncGroup).ToHashSet();
        var people = emulator.Google.GetAllContacts().Where(p => members.Contains(p["resourceName"]!.ToString())).ToList();
        Assert.True(zoho.Count + people.Count >= 4000, "the run covers at least 2,000 contacts per side");

        // Counts: every CRM record has exactly one Google partner and vice versa.
        Assert.Equal(zoho.Count, people.Count);
        var byCrmRef = people.Where(p => CrmRef(p) is not null).GroupBy(p => CrmRef(p)!).ToList();
        Assert.All(byCrmRef, g => Assert.Single(g));
        var byGoogleRef = zoho.Where(r => r["Google_Contact_Id"] is not null).GroupBy(r => r["Google_Contact_Id"]!.ToString()).ToList();
        Assert.All(byGoogleRef, g => Assert.Single(g));
        var workEmails = people.Select(WorkEmail).Where(e => e.Length > 0).ToList();
        Assert.Equal(workEmails.Count, workEmails.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // Every mapped field checked here is equal on both sides.
        var peopleByName = people.ToDictionary(p => p["resourceName"]!.ToString());
        var peopleByCrm = people.Where(p => CrmRef(p) is not null).ToDictionary(p => CrmRef(p)!);
        var peopleByEmail = people.Where(p => WorkEmail(p).Length > 0).ToDictionary(p => WorkEmail(p).ToLowerInvariant());
        foreach (var record in zoho)
        {
            var id = record["id"]!.ToString();
            // Pairs the engine created carry a durable cross-reference; pairs matched by email are paired by that email.
            var person = peopleByCrm.GetValueOrDefault(id)
                ?? (record["Google_Contact_Id"] is { } g ? peopleByName.GetValueOrDefault(g.ToString()) : null)
                ?? peopleByEmail.GetValueOrDefault(Text(record["Email"]).ToLowerInvariant());
            Assert.True(person is not null, $"CRM record {id} has no Google partner");
            Assert.Equal(Text(record["Email"]), WorkEmail(person), StringComparer.OrdinalIgnoreCase);
            Assert.Equal(Text(record["First_Name"]), Text(person["names"]?[0]?["givenName"]));
            Assert.Equal(Text(record["Title"]), Text(person["organizations"]?[0]?["title"]));
            var family = Text(person["names"]?[0]?["familyName"]);
            if (family.Length > 0)
            {
                Assert.Equal(Text(record["Last_Name"]), family);
            }
        }
    }

    private static string? CrmRef(JsonObject person) =>
        person["clientData"]?.AsArray().FirstOrDefault(c => c?["key"]?.ToString() == "contactsync.crmId")?["value"]?.ToString();

    private static string WorkEmail(JsonObject person) =>
        person["emailAddresses"]?.AsArray().FirstOrDefault(e => e?["type"]?.ToString() == "work")?["value"]?.ToString() ?? "";

    private static string Text(JsonNode? node) => node?.ToString().Trim() ?? "";

    /// <summary>Reads the run's events until it reports at least <paramref name="writes"/> writes (true) or ends first (false).</summary>
    private static async Task<bool> WritingAsync(AsyncServerStreamingCall<Proto.RunEvent> call, int writes)
    {
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            var item = call.ResponseStream.Current;
            if (item.Result is not null)
            {
                return false;
            }

            var p = item.Progress;
            if (p is not null && p.Crm is not null && p.Google is not null && p.Crm.Created + p.Crm.Updated + p.Google.Created + p.Google.Updated >= writes)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<Proto.RunEvent> ReadAsync(AsyncServerStreamingCall<Proto.RunEvent> call)
    {
        using (call)
        {
            Proto.RunEvent? last = null;
            await foreach (var item in call.ResponseStream.ReadAllAsync())
            {
                last = item;
            }

            return last ?? throw new InvalidOperationException("The stream ended without events.");
        }
    }

    private static Proto.SyncPlan Plan(EmulatorHost emulator) => new()
    {
        Name = "Crash plan",
        CrmUserId = emulator.Credentials.ZohoUserIds["admin"],
        Direction = Proto.SyncDirection.Bidirectional,
        ConflictWinner = Proto.ConflictWinner.Crm,
        CrmViewId = emulator.Zoho.AllContactsViewId,
        GoogleGroup = emulator.Credentials.GoogleContactSyncGroup,
        CrmGoogleRefField = "Google_Contact_Id",
        Caps = new Proto.RunCaps(),
    };

    private static async Task ConnectAsync(Proto.ContactSync.ContactSyncClient client, EmulatorHost emulator, Metadata auth)
    {
        await client.SetConnectionAsync(ConnectionRequests.Zoho(emulator), auth);
        await client.SetConnectionAsync(ConnectionRequests.Google(emulator), auth);
    }
}
