using System.Text.Json.Nodes;
using ContactSync.Core.Engine;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine;

/// <summary>Issue 10, item 4: a contact matched outside the plan's group is never linked without joining the group.</summary>
public sealed class GroupAdditionTests
{
    private const int Outside = 32;

    [Fact]
    public async Task RunStoppedBetweenMatchingAndTheGroupAddition_LeavesNoLinkOutsideTheGroup_AndTheNextRunAddsThem()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 40, Seed = 31 });
        var emulator = plan.Emulator;
        var group = emulator.Credentials.GoogleContactSyncGroup;
        var outside = new List<string>();
        for (var i = 0; i < Outside; i++)
        {
            var email = $"outside.{i}@group-test.example";
            emulator.Zoho.CreateRecordAsUser(new JsonObject { ["First_Name"] = "Out", ["Last_Name"] = $"Side{i:D2}", ["Email"] = email });
            outside.Add(emulator.Google.CreateContactAsUser(new JsonObject
            {
                ["names"] = new JsonArray(new JsonObject { ["givenName"] = "Out", ["familyName"] = $"Side{i:D2}" }),
                ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work" }),
                ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = emulator.Credentials.GoogleFamilyGroup } }),
            }));
        }

        // members:modify fails on every attempt: the run stops after matching, before (or instead of) the group addition.
        emulator.Faults.Add(new FaultRule("google", FaultKind.ServiceUnavailable, Endpoint: "POST /v1/contactGroups/{id}/members:modify"));
        await Assert.ThrowsAnyAsync<Exception>(() => plan.RunAsync());

        var members = emulator.Google.GetGroupMembers(group).ToHashSet(StringComparer.Ordinal);
        var linked = await plan.Store.GetLinksByGoogleNameAsync("plan-e2e", outside, CancellationToken.None);
        Assert.All(linked.Keys, name => Assert.Contains(name, members));

        emulator.Faults.Clear();
        var next = await plan.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, next.Outcome);
        members = emulator.Google.GetGroupMembers(group).ToHashSet(StringComparer.Ordinal);
        Assert.All(outside, name => Assert.Contains(name, members));
        Assert.Equal(Outside, (await plan.Store.GetLinksByGoogleNameAsync("plan-e2e", outside, CancellationToken.None)).Count);
        Assert.Equal(40 + Outside, members.Count);
    }
}
