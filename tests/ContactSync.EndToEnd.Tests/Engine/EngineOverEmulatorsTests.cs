using System.Text.Json.Nodes;
using ContactSync.Core.Engine;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine;

public sealed class EngineOverEmulatorsTests
{
    [Fact]
    public async Task FirstBidirectionalSync_WithOverlappingEmails_LeavesNoDuplicatesAndSecondRunIsQuiet()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 120, GoogleSeedContacts = 80, OverlappingEmails = 30, Seed = 7 });

        var first = await plan.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, first.Outcome);
        var zoho = plan.Emulator.Zoho.GetAllRecords();
        var groupMembers = plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup);
        Assert.Equal(zoho.Count, groupMembers.Count);
        var zohoEmails = zoho.Select(r => r["Email"]?.ToString()).Where(e => !string.IsNullOrEmpty(e)).ToList();
        Assert.Equal(zohoEmails.Count, zohoEmails.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        plan.Emulator.Calls.Reset();
        var second = await plan.RunAsync();
        Assert.Equal(0, second.Crm.Created + second.Crm.Updated + second.Google.Created + second.Google.Updated);
        Assert.Equal(0, plan.Emulator.Calls.Count("google POST /v1/people:batchUpdateContacts") + plan.Emulator.Calls.Count("zoho PUT /crm/v8/Contacts"));
    }

    [Fact]
    public async Task EditsOnBothSides_MergePerFieldThroughTheRealApis()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 5, Seed = 3 });
        await plan.RunAsync();
        var record = plan.Emulator.Zoho.GetAllRecords()[0];
        var id = record["id"]!.ToString();
        var person = plan.Emulator.Google.GetAllContacts().Single(p => p["clientData"]?.AsArray().Any(c => c?["value"]?.ToString() == id) == true);
        var resourceName = person["resourceName"]!.ToString();

        plan.Emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Title"] = "Chief Merger" });
        plan.Emulator.Google.EditContactAsUser(resourceName, p => p["biographies"] = new JsonArray(new JsonObject { ["value"] = "Edited in Google", ["contentType"] = "TEXT_PLAIN" }));
        var result = await plan.RunAsync();

        Assert.Equal(0, result.Conflicts);
        Assert.Equal("Edited in Google", plan.Emulator.Zoho.GetRecord(id)!["Description"]!.ToString());
        var updated = plan.Emulator.Google.GetContact(resourceName)!;
        Assert.Equal("Chief Merger", updated["organizations"]![0]!["title"]!.ToString());
    }

    [Fact]
    public async Task TooManyRequestsStormMidRun_IsRetriedAndTheRunCompletes()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 450, Seed = 11 });
        plan.Emulator.Faults.TooManyRequests("google", 3, retryAfterSeconds: 0);
        plan.Emulator.Faults.Add(new FaultRule("zoho", FaultKind.InternalError, Count: 2));

        var result = await plan.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(450, plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup).Count);
    }
}
