using ContactSync.Core.Plans;
using System.Text.Json.Nodes;
using ContactSync.Core.Engine;
using ContactSync.Core.Mapping;
using ContactSync.Core.State;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine;

/// <summary>Engine scenarios of issue 4 against the emulators over loopback HTTP.</summary>
public sealed class EngineScenarioTests
{
    [Fact]
    public async Task FirstSync_CrmToGoogle_CreatesEveryViewContactInTheGroupAndNeverWritesTheCrm()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 60, Seed = 21 });
        plan.Settings = plan.Settings with { WriteCrm = false };

        var result = await plan.RunAsync();

        Assert.Equal(60, result.Google.Created);
        Assert.Equal(60, plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup).Count);
        Assert.Equal(0, plan.Emulator.Writes("zoho"));
    }

    [Fact]
    public async Task FirstSync_GoogleToCrm_CreatesOnlyGroupMembersAndNeverWritesGoogle()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { GoogleSeedContacts = 40, Seed = 22 });
        plan.Settings = plan.Settings with { WriteGoogle = false };
        var familyMembers = plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleFamilyGroup).Count;
        Assert.True(familyMembers > 0);

        var result = await plan.RunAsync();

        Assert.Equal(40, result.Crm.Created);
        Assert.Equal(40, plan.Emulator.Zoho.GetAllRecords().Count);
        Assert.Equal(0, plan.Emulator.Writes("google"));
        Assert.All(plan.Emulator.Zoho.GetAllRecords(), r => Assert.False(string.IsNullOrWhiteSpace(r["Last_Name"]?.ToString())));
    }

    [Fact]
    public async Task ViewScope_OnlyContactsOfTheViewSync()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 80, Seed = 23 });
        plan.ViewId = plan.Emulator.Zoho.GermanyViewId;
        plan.Settings = plan.Settings with { WriteCrm = false };
        var inGermany = plan.Emulator.Zoho.GetAllRecords().Count(r => r["Mailing_Country"]?.ToString() == "Germany");
        Assert.InRange(inGermany, 1, 79);

        await plan.RunAsync();

        var members = plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup);
        Assert.Equal(inGermany, members.Count);
    }

    [Fact]
    public async Task CustomFieldMapping_FlowsBothWaysThroughUserDefined()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 3, Seed = 24 });
        plan.Settings = plan.Settings with { Mappings = [.. DefaultFieldMap.Mappings, new FieldMapping("Customer_Tier", "userDefined[Tier]"), new FieldMapping("Loyalty_Points", "userDefined[Points]")] };
        await plan.RunAsync();
        var id = plan.Emulator.Zoho.GetAllRecords()[0]["id"]!.ToString();
        var person = PersonOf(plan, id);
        Assert.Equal(plan.Emulator.Zoho.GetRecord(id)!["Customer_Tier"]!.ToString(), UserDefined(person, "Tier"));

        plan.Emulator.Google.EditContactAsUser(person["resourceName"]!.ToString(), p =>
        {
            var entries = p["userDefined"]!.AsArray();
            entries.Single(e => e!["key"]!.ToString() == "Points")!["value"] = "4242";
        });
        await plan.RunAsync();

        Assert.Equal("4242", plan.Emulator.Zoho.GetRecord(id)!["Loyalty_Points"]!.ToString());
    }

    [Theory]
    [InlineData(DeletionPolicy.Keep)]
    [InlineData(DeletionPolicy.Propagate)]
    [InlineData(DeletionPolicy.Quarantine)]
    public async Task DeleteInCrm_FollowsThePolicy(DeletionPolicy mode)
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 6, Seed = 25 });
        plan.Settings = plan.Settings with { Deletion = mode };
        await plan.RunAsync();
        var id = plan.Emulator.Zoho.GetAllRecords()[0]["id"]!.ToString();
        var resourceName = PersonOf(plan, id)["resourceName"]!.ToString();

        plan.Emulator.Zoho.DeleteRecordAsUser(id);
        var result = await plan.RunAsync();

        var group = plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup);
        var stillThere = plan.Emulator.Google.GetContact(resourceName) is not null;
        switch (mode)
        {
            case DeletionPolicy.Keep:
                Assert.True(stillThere);
                Assert.Contains(resourceName, group);
                break;
            case DeletionPolicy.Propagate:
                Assert.False(stillThere);
                Assert.Equal(1, result.Google.Deleted);
                break;
            case DeletionPolicy.Quarantine:
                Assert.True(stillThere);
                Assert.DoesNotContain(resourceName, group);
                Assert.Equal(1, result.Google.Deleted);
                break;
        }

        Assert.Equal(5, plan.Emulator.Zoho.GetAllRecords().Count);
    }

    [Fact]
    public async Task DeleteInGoogleWithQuarantine_TagsTheCrmRecord()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 4, Seed = 26 });
        plan.Settings = plan.Settings with { Deletion = DeletionPolicy.Quarantine };
        await plan.RunAsync();
        var id = plan.Emulator.Zoho.GetAllRecords()[0]["id"]!.ToString();

        plan.Emulator.Google.DeleteContactAsUser(PersonOf(plan, id)["resourceName"]!.ToString());
        var result = await plan.RunAsync();

        Assert.Equal(1, result.Crm.Deleted);
        var tags = plan.Emulator.Zoho.GetRecord(id)!["Tag"]?.AsArray().Select(t => t!["name"]!.ToString()).ToList() ?? [];
        Assert.Contains("ContactSync trash", tags);
    }

    [Fact]
    public async Task MassDeletion_TripsTheBreakerAndDeletesNothing()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 12, Seed = 27 });
        plan.Settings = plan.Settings with { Deletion = DeletionPolicy.Propagate, MassDeleteThreshold = 5 };
        await plan.RunAsync();
        foreach (var record in plan.Emulator.Zoho.GetAllRecords().Take(8))
        {
            plan.Emulator.Zoho.DeleteRecordAsUser(record["id"]!.ToString());
        }

        plan.Emulator.Calls.Reset();
        var result = await plan.RunAsync();

        Assert.Equal(SyncOutcome.PausedByBreaker, result.Outcome);
        Assert.Equal(12, plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup).Count);
        Assert.Equal(0, plan.Emulator.Writes("google"));
    }

    [Fact]
    public async Task Caps_CarryTheBacklogAcrossRunsAndDropNothing()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 130, Seed = 28 });
        plan.Settings = plan.Settings with { FirstRunCap = 50, LaterRunCap = 40 };

        var first = await plan.RunAsync();
        Assert.Equal(50, first.Google.Created);
        Assert.Equal(80, first.Backlog);
        var second = await plan.RunAsync();
        Assert.Equal(40, second.Google.Created);
        Assert.Equal(40, second.Backlog);
        await plan.RunAsync();

        Assert.Equal(130, plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup).Count);
        Assert.Equal(0, (await plan.RunAsync()).Google.Created);
    }

    [Fact]
    public async Task PlanDeletedAndRecreated_CreatesNoDuplicates()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 40, GoogleSeedContacts = 30, OverlappingEmails = 10, Seed = 29 });
        await plan.RunAsync();
        var zohoCount = plan.Emulator.Zoho.GetAllRecords().Count;
        var googleCount = plan.Emulator.Google.GetAllContacts().Count;

        await plan.Store.DeletePlanStateAsync(plan.Settings.PlanId, CancellationToken.None);
        plan.Settings = plan.Settings with { PlanId = "plan-recreated" };
        var result = await plan.RunAsync();

        Assert.Equal(zohoCount, plan.Emulator.Zoho.GetAllRecords().Count);
        Assert.Equal(googleCount, plan.Emulator.Google.GetAllContacts().Count);
        Assert.Equal(0, result.Crm.Created + result.Google.Created);
    }

    [Fact]
    public async Task ExpiredSyncToken_FallsBackToFullReconciliationWithoutDuplicates()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 20, GoogleSeedContacts = 20, Seed = 30 });
        await plan.RunAsync();
        var counts = (plan.Emulator.Zoho.GetAllRecords().Count, plan.Emulator.Google.GetAllContacts().Count);
        plan.Emulator.Google.SyncTokenMaxAge = TimeSpan.FromMilliseconds(1);
        await Task.Delay(50);

        var result = await plan.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(counts, (plan.Emulator.Zoho.GetAllRecords().Count, plan.Emulator.Google.GetAllContacts().Count));
        Assert.Equal(0, result.Crm.Created + result.Google.Created);
    }

    [Fact]
    public async Task ContactsWithoutEmail_SyncOnceAndStayQuiet()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 30, GoogleSeedContacts = 30, Seed = 31 });
        var withoutEmail = plan.Emulator.Zoho.GetAllRecords().Count(r => r["Email"] is null);
        Assert.True(withoutEmail > 0);

        await plan.RunAsync();
        var second = await plan.RunAsync();

        Assert.Equal(60, plan.Emulator.Zoho.GetAllRecords().Count);
        Assert.Equal(60, plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup).Count);
        Assert.Equal(0, second.Crm.Created + second.Google.Created + second.Crm.Updated + second.Google.Updated);
    }

    [Fact]
    public async Task AccentsAndVeryLongValues_RoundTripUnchanged()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { Seed = 32 });
        var notes = string.Concat(Enumerable.Repeat("Grüße aus Köln — naïve façade ", 900)).Trim();
        var id = plan.Emulator.Zoho.CreateRecordAsUser(new JsonObject
        {
            ["First_Name"] = "Søren", ["Last_Name"] = "Ñúñez-Łukasiewicz", ["Email"] = "soren@example.com", ["Description"] = notes,
        });

        await plan.RunAsync();
        var person = PersonOf(plan, id);
        Assert.Equal(notes, person["biographies"]![0]!["value"]!.ToString());
        Assert.Equal("Ñúñez-Łukasiewicz", person["names"]![0]!["familyName"]!.ToString());
        var second = await plan.RunAsync();
        Assert.Equal(0, second.Google.Updated + second.Crm.Updated);
    }

    [Fact]
    public async Task DryRun_WritesNothingAndReportsThePlan()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 15, GoogleSeedContacts = 10, Seed = 33 });

        var result = await plan.RunAsync(dryRun: true);

        Assert.Equal(0, plan.Emulator.Writes("zoho") + plan.Emulator.Writes("google"));
        Assert.Equal(15, result.PlannedChanges.Count(c => c.Action == PlannedAction.Create && c.Target == SideKind.Google));
        Assert.Equal(10, result.PlannedChanges.Count(c => c.Action == PlannedAction.Create && c.Target == SideKind.Crm));
        Assert.Equal(0, await plan.Store.CountLinksAsync(plan.Settings.PlanId, CancellationToken.None));
    }

    private static JsonObject PersonOf(EmulatedPlan plan, string crmId) =>
        plan.Emulator.Google.GetAllContacts().Single(p => p["clientData"]?.AsArray().Any(c => c?["value"]?.ToString() == crmId) == true);

    private static string UserDefined(JsonObject person, string key) =>
        person["userDefined"]!.AsArray().Single(e => e!["key"]!.ToString() == key)!["value"]!.ToString();
}
