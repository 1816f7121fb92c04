using System.Text.Json.Nodes;
using ContactSync.Emulators;
using ContactSync.EndToEnd.Tests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.NearRealTime;

/// <summary>The server's own loops (real clock): nothing driven by the test, which only waits for the states it expects.</summary>
public sealed class LiveNearRealTimeTests
{
    [Fact]
    public async Task CrmEdit_ReachesGoogle_AndGoogleEdit_ReachesTheCrm_ByThemselves()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ContactSync:NearRealTime:MaintenanceInterval"] = "00:00:00.500",
            ["ContactSync:NearRealTime:DispatchInterval"] = "00:00:00.200",
            ["ContactSync:NearRealTime:Debounce"] = "00:00:00.300",
            ["ContactSync:NearRealTime:GooglePollMinInterval"] = "00:00:00.500",
            ["ContactSync:NearRealTime:GooglePollMaxInterval"] = "00:00:01",
        };
        await using var env = await SyncEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5, GoogleSeedContacts = 0, Seed = 73 }, configuration: settings);
        var plan = await env.ConfigureAsync(edit: p =>
        {
            p.Enabled = true;
            p.Interval = Duration.FromTimeSpan(TimeSpan.FromHours(1));
            p.NearRealTime = true;
        });
        await env.RunAsync(plan.Id, full: true);
        await NearRealTimeWorld.WaitForAsync(() => Task.FromResult(env.Emulator.ZohoWatch.Channels.Count), c => c == 1, "the channel");

        var crmId = env.Emulator.Zoho.GetAllRecords()[0]["id"]!.GetValue<string>();
        var resource = NearRealTimeWorld.GoogleContactOf(env.Emulator, crmId)["resourceName"]!.GetValue<string>();
        env.Emulator.Zoho.UpdateRecordAsUser(crmId, new JsonObject { ["Last_Name"] = "Live from the CRM" });
        await NearRealTimeWorld.WaitForAsync(
            () => Task.FromResult(NearRealTimeWorld.FamilyName(env.Emulator.Google.GetContact(resource)!)), n => n == "Live from the CRM", "the CRM edit in Google");

        env.Emulator.Google.EditContactAsUser(resource, p => p["names"]![0]!["familyName"] = "Live from Google");
        await NearRealTimeWorld.WaitForAsync(
            () => Task.FromResult(env.Emulator.Zoho.GetRecord(crmId)!["Last_Name"]!.GetValue<string>()), n => n == "Live from Google", "the Google edit in the CRM");

        var runs = (await env.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = plan.Id }, SyncEnvironment.Auth)).Runs;
        Assert.Contains(runs, r => r.Trigger == Proto.RunTrigger.NearRealTime);
        Assert.DoesNotContain(runs, r => r.Outcome == Proto.RunOutcome.Failed);
    }
}
