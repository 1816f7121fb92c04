using System.Text.Json.Nodes;
using ContactSync.EndToEnd.Tests.Infrastructure;
using ContactSync.Emulators;
using ContactSync.Emulators.Org;
using Grpc.Core;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Accounts;

/// <summary>
/// A CRM user who sees only their own records, on the "All Contacts" view: the run reads only that user's records from
/// Zoho (COQL on Owner) instead of every record of the org filtered in the server; a view with criteria of its own is
/// still read through the view.
/// </summary>
public sealed class OwnerScopedReadTests
{
    private const string ZohoList = "zoho GET /crm/v8/Contacts";
    private const string ZohoCoql = "zoho POST /crm/v8/coql";

    [Fact]
    public async Task RestrictedUserOnAllContacts_ReadsOnlyTheirOwnRecords_FirstAndIncrementalRun()
    {
        // Three users with 450 records each: reading the org's view would take 7 pages of 200 for this user's 450.
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions
        {
            ZohoSeedContacts = 0, GoogleSeedContacts = 0, OverlappingEmails = 0, Seed = 147, Org = new OrgSeed(3, 450, 0, 0, 147),
        });
        var users = env.Emulator.OrgUsers;
        var plan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = OrgPlans.For(env, users[0]) }, SyncEnvironment.Auth)).Plan;
        env.Emulator.Calls.Reset();

        var first = (await RunAsync(env, plan.Id, Proto.RunMode.Full)).Run;

        Assert.Equal(Proto.RunOutcome.Succeeded, first.Outcome);
        Assert.Superset(OrgPlans.CrmEmailsOf(env, users[0]), OrgPlans.GoogleEmailsOf(env, users[0].Email));
        Assert.Empty(OrgPlans.GoogleEmailsOf(env, users[0].Email).Intersect(OrgPlans.CrmEmailsOf(env, users[1])));
        Assert.Equal(450, env.Emulator.Google.GetAllContacts(users[0].Email).Count);
        Assert.Equal(0, env.Emulator.Calls.Count(ZohoList));
        var firstReads = env.Emulator.Calls.Count(ZohoCoql);
        Assert.True(firstReads is >= 1 and <= 2, $"{firstReads} COQL calls (the count and one read of 2,000 rows expected): {Calls(env)}");

        // A change to this user's record and to another user's: the incremental run reads one (empty or small) answer.
        var own = env.Emulator.Zoho.GetAllRecords().First(r => r["Owner"]?["id"]?.ToString() == users[0].ZohoUserId);
        var other = env.Emulator.Zoho.GetAllRecords().First(r => r["Owner"]?["id"]?.ToString() == users[1].ZohoUserId);
        env.Emulator.Zoho.UpdateRecordAsUser(own["id"]!.ToString(), new JsonObject { ["Last_Name"] = "Changed by the owner" });
        env.Emulator.Zoho.UpdateRecordAsUser(other["id"]!.ToString(), new JsonObject { ["Last_Name"] = "Changed by another user" });
        env.Emulator.Calls.Reset();

        var second = (await RunAsync(env, plan.Id, Proto.RunMode.Incremental)).Run;

        Assert.Equal(Proto.RunOutcome.Succeeded, second.Outcome);
        Assert.Equal(0, env.Emulator.Calls.Count(ZohoList));
        Assert.Equal(1, env.Emulator.Calls.Count(ZohoCoql));
        var names = env.Emulator.Google.GetAllContacts(users[0].Email).SelectMany(p => p["names"] as JsonArray ?? []).Select(n => n?["familyName"]?.ToString()).ToList();
        Assert.Contains("Changed by the owner", names);
        Assert.DoesNotContain("Changed by another user", names);
    }

    [Fact]
    public async Task RestrictedUserOnAViewWithCriteria_IsStillReadThroughTheView()
    {
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions
        {
            ZohoSeedContacts = 0, GoogleSeedContacts = 0, OverlappingEmails = 0, Seed = 148, Org = new OrgSeed(2, 5, 0, 0, 148),
        });
        var user = env.Emulator.OrgUsers[0];
        var definition = OrgPlans.For(env, user);
        definition.CrmViewId = env.Emulator.Zoho.GermanyViewId;
        definition.Direction = Proto.SyncDirection.CrmToGoogle;
        var plan = (await env.Client.ConfigureAsync(new Proto.ConfigureRequest { Plan = definition }, SyncEnvironment.Auth)).Plan;
        env.Emulator.Calls.Reset();

        var run = (await RunAsync(env, plan.Id, Proto.RunMode.Full)).Run;

        Assert.Equal(Proto.RunOutcome.Succeeded, run.Outcome);
        Assert.True(env.Emulator.Calls.Count(ZohoList) >= 1, Calls(env));
        Assert.Equal(0, env.Emulator.Calls.Count(ZohoCoql));
    }

    private static string Calls(SyncEnvironment env) => string.Join(", ", env.Emulator.Calls.Snapshot().Select(kv => $"{kv.Key} {kv.Value}"));

    private static async Task<Proto.RunResult> RunAsync(SyncEnvironment env, string planId, Proto.RunMode mode)
    {
        using var call = env.Client.RunSync(new Proto.RunSyncRequest { PlanId = planId, Mode = mode }, SyncEnvironment.Auth);
        Proto.RunResult? result = null;
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            result = item.Result ?? result;
        }

        return result ?? throw new InvalidOperationException("The run stream ended without a result.");
    }
}
