using System.Text.Json.Nodes;
using ContactSync.Core.Engine;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine;

/// <summary>
/// Issue 10, item 8: a Google update body holds exactly the fields its updateMask names. Google's discovery document says
/// only that the mask restricts which fields are updated (fields outside it are not refused), so the test reads the body
/// the emulator received.
/// </summary>
public sealed class UpdateMaskTests
{
    [Fact]
    public async Task BatchUpdate_BodiesHoldOnlyTheMaskedFields_AndTheOtherFieldsStayAsTheyWere()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 30, Seed = 32 });
        plan.Settings = plan.Settings with { WriteCrm = false };
        await plan.RunAsync();
        var emulator = plan.Emulator;
        var ids = emulator.Zoho.GetAllRecords().Take(5).Select(r => r["id"]!.ToString()).ToList();
        var before = emulator.Google.GetAllContacts().ToDictionary(p => p["resourceName"]!.ToString(), p => p);
        foreach (var id in ids)
        {
            emulator.Zoho.UpdateRecordAsUser(id, new JsonObject { ["Title"] = "Masked title" });
        }

        emulator.Calls.RecordBodies = true;
        var result = await plan.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(5, result.Google.Updated);
        var body = JsonNode.Parse(Assert.Single(emulator.Calls.Bodies("google POST /v1/people:batchUpdateContacts")))!;
        var mask = body["updateMask"]!.ToString().Split(',').ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["clientData", "organizations"], mask.Order(StringComparer.Ordinal));
        var people = body["contacts"]!.AsObject();
        Assert.Equal(5, people.Count);
        foreach (var (name, person) in people)
        {
            var fields = person!.AsObject().Select(p => p.Key).Where(k => k is not ("resourceName" or "etag")).ToList();
            Assert.True(fields.All(mask.Contains), $"{name} sent {string.Join(',', fields)} with the mask {string.Join(',', mask)}");
            var after = emulator.Google.GetContact(name)!;
            Assert.Equal("Masked title", after["organizations"]![0]!["title"]!.ToString());
            Assert.Equal(before[name]["names"]!.ToJsonString(), after["names"]!.ToJsonString());
            Assert.Equal(before[name]["emailAddresses"]?.ToJsonString(), after["emailAddresses"]?.ToJsonString());
        }
    }
}
