using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>
/// The cmdlets in the real pwsh 7 against a real server and the Zoho/Google emulators over loopback gRPC-Web: an admin
/// connects the services, picks the scope, previews, syncs with progress, waits for a background run and reads the
/// status, history and errors; the emulators show what really happened.
/// </summary>
public sealed class PwshLiveSyncTests
{
    private const int ZohoContacts = 40;
    private const int GoogleContacts = 12;

    [Fact]
    public async Task ConnectPickPreviewSyncWaitAndStatus_ScriptsPassAndTheEmulatorsReallySynced()
    {
        await using var env = await LiveEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = ZohoContacts, GoogleSeedContacts = GoogleContacts, Seed = 61 });
        var expected = new Dictionary<string, string> { ["EXPECT_TO_GOOGLE"] = "40", ["EXPECT_TO_CRM"] = "12" };
        var known = env.Emulator.Zoho.GetAllRecords().First(r => r["Email"] is not null && r["First_Name"] is not null);
        var knownEmail = known["Email"]!.GetValue<string>();
        var googleTotal = env.Emulator.Google.GetAllContacts().Count;

        var setup = await env.RunScriptAsync("LiveSetup.ps1", expected);

        PwshPlanTests.AssertChecks(setup, "transport hints", "connections", "test connection", "pickers", "suggestions", "plan", "field tables", "dry run");
        Assert.Equal(ZohoContacts, env.ZohoCount);
        Assert.Equal(GoogleContacts, env.GroupMembers);
        Assert.Equal(googleTotal, env.Emulator.Google.GetAllContacts().Count);

        var run = await env.RunScriptAsync("LiveRun.ps1", expected);

        PwshPlanTests.AssertChecks(run, "run with progress", "status and history", "incremental");
        Assert.Equal(ZohoContacts + GoogleContacts, env.ZohoCount);
        Assert.Equal(env.ZohoCount, env.GroupMembers);
        var synced = env.Emulator.Google.GetAllContacts().Single(p => Emails(p).Contains(knownEmail, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(known["First_Name"]!.GetValue<string>(), synced["names"]![0]!["givenName"]!.GetValue<string>());
        Assert.Equal(known["Last_Name"]!.GetValue<string>(), synced["names"]![0]!["familyName"]!.GetValue<string>());

        // Two new Google contacts with one work email: the CRM takes the first and refuses the second as a duplicate
        // (Email is unique), which makes the next run partial. (A value the CRM merely cannot hold, such as a too-long
        // first name, is written without it and noted instead: issue 10.)
        foreach (var given in new[] { "First", "Second" })
        {
            env.Emulator.Google.CreateContactAsUser(new JsonObject
            {
                ["names"] = new JsonArray(new JsonObject { ["givenName"] = given, ["familyName"] = "Twin" }),
                ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = "too.long@example.com", ["type"] = "work" }),
                ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = env.Emulator.Credentials.GoogleContactSyncGroup } }),
            });
        }

        var followUp = await env.RunScriptAsync("LiveFollowUp.ps1");

        PwshPlanTests.AssertChecks(followUp, "nowait and wait", "run errors", "readable output");
        Assert.Equal(ZohoContacts + GoogleContacts + 1, env.ZohoCount);
        Assert.Single(env.Emulator.Zoho.GetAllRecords(), r => r["Email"]?.GetValue<string>() == "too.long@example.com");
    }

    private static IEnumerable<string> Emails(JsonObject person) =>
        person["emailAddresses"]?.AsArray().Select(e => e?["value"]?.GetValue<string>() ?? "") ?? [];
}
