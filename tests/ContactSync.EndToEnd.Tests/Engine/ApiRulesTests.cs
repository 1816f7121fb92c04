using System.Text.Json.Nodes;
using ContactSync.Core.Engine;
using ContactSync.Core.Mapping;
using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine;

/// <summary>
/// Issue 10 items 2, 3 and 5 through the real engine and clients against the emulators: values Zoho cannot hold are not
/// sent again every run, Google's contact limit stops creating without a storm, and an expired page token does not end a run.
/// </summary>
public sealed class ApiRulesTests
{
    private const string BatchCreate = "google POST /v1/people:batchCreateContacts";
    private const string CreateOne = "google POST /v1/people:createContact";
    private const string ZohoGetOne = "zoho GET /crm/v8/Contacts/{id}";
    private const string ZohoList = "zoho GET /crm/v8/Contacts";

    [Fact]
    public async Task YearlessBirthday_IsNotSentToTheCrmAgain_TheRestOfTheRecordIs_AndAYearLaterSyncs()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { Seed = 61 });
        var google = plan.Emulator.Google;
        var name = google.CreateContactAsUser(Person(plan.Emulator.Credentials.GoogleContactSyncGroup, "Ida", "Yearless", "ida@example.com", new JsonObject { ["month"] = 5, ["day"] = 17 }));

        var first = await plan.RunAsync();
        var second = await plan.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, first.Outcome);
        Assert.Equal(0, first.Errors);
        Assert.Equal(1, first.Notes);
        Assert.Equal(1, first.Crm.Created);
        var record = plan.Emulator.Zoho.GetAllRecords().Single();
        Assert.Equal("Yearless", record["Last_Name"]!.ToString());
        Assert.Null(record["Date_of_Birth"]);
        Assert.Equal(SyncOutcome.Succeeded, second.Outcome);
        Assert.Equal(0, second.Crm.Updated + second.Google.Updated + second.Notes);
        Assert.Equal(5, google.GetContact(name)!["birthdays"]![0]!["date"]!["month"]!.GetValue<int>());
        Assert.Empty(await plan.Store.GetFailuresAsync(plan.Settings.PlanId, CancellationToken.None));

        google.EditContactAsUser(name, p => p["birthdays"] = new JsonArray(new JsonObject { ["date"] = new JsonObject { ["year"] = 1990, ["month"] = 5, ["day"] = 17 } }));
        var third = await plan.RunAsync();

        Assert.Equal(1, third.Crm.Updated);
        Assert.Equal("1990-05-17", plan.Emulator.Zoho.GetAllRecords().Single()["Date_of_Birth"]!.ToString());
    }

    [Fact]
    public async Task AnUpdateWithAValueTheCrmCannotHold_WritesTheOtherFields_AndIsNotRetried()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { Seed = 62 });
        var google = plan.Emulator.Google;
        var name = google.CreateContactAsUser(Person(plan.Emulator.Credentials.GoogleContactSyncGroup, "Jon", "Linked", "jon@example.com", null));
        await plan.RunAsync();

        google.EditContactAsUser(name, p =>
        {
            p["names"]![0]!["givenName"] = new string('J', 45);
            p["names"]![0]!["familyName"] = "Renamed";
            p["birthdays"] = new JsonArray(new JsonObject { ["date"] = new JsonObject { ["month"] = 2, ["day"] = 29 } });
        });
        var update = await plan.RunAsync();
        var again = await plan.RunAsync();

        var record = plan.Emulator.Zoho.GetAllRecords().Single();
        Assert.Equal(SyncOutcome.Succeeded, update.Outcome);
        Assert.Equal(1, update.Crm.Updated);
        Assert.Equal(2, update.Notes);
        Assert.Equal("Renamed", record["Last_Name"]!.ToString());
        Assert.Equal("Jon", record["First_Name"]!.ToString());
        Assert.Null(record["Date_of_Birth"]);
        Assert.Equal(0, again.Crm.Updated + again.Google.Updated + again.Errors + again.Notes);
        Assert.Equal(45, google.GetContact(name)!["names"]![0]!["givenName"]!.ToString().Length);

        // Only an unwritable value changed: nothing is sent and nothing is counted as written, the note is given once.
        plan.Emulator.Calls.Reset();
        google.EditContactAsUser(name, p => p["birthdays"] = new JsonArray(new JsonObject { ["date"] = new JsonObject { ["month"] = 3, ["day"] = 1 } }));
        var onlyBirthday = await plan.RunAsync();

        Assert.Equal(0, onlyBirthday.Crm.Updated + onlyBirthday.Errors);
        Assert.Equal(1, onlyBirthday.Notes);
        Assert.Equal(0, plan.Emulator.Calls.Count("zoho PUT /crm/v8/Contacts"));
    }

    [Fact]
    public async Task CustomFieldValues_AreConvertedToTheFieldTypes_AndOnlyTheUnconvertibleOneIsLeftOut()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { Seed = 63 });
        plan.Settings = plan.Settings with
        {
            Mappings =
            [
                .. DefaultFieldMap.Mappings,
                new FieldMapping("Customer_Tier", "userDefined[Tier]"),
                new FieldMapping("Loyalty_Points", "userDefined[Points]"),
                new FieldMapping("Newsletter", "userDefined[Newsletter]"),
                new FieldMapping("Annual_Spend", "userDefined[Spend]"),
                new FieldMapping("Interests", "userDefined[Interests]"),
            ],
        };
        var person = Person(plan.Emulator.Credentials.GoogleContactSyncGroup, "Kim", "Typed", "kim@example.com", null);
        person["userDefined"] = new JsonArray(
            UserDefined("Tier", "gold"),
            UserDefined("Points", "1,200"),
            UserDefined("Newsletter", "yes"),
            UserDefined("Spend", "12.50"),
            UserDefined("Interests", "software; Gardening"));
        plan.Emulator.Google.CreateContactAsUser(person);

        var result = await plan.RunAsync();

        var record = plan.Emulator.Zoho.GetAllRecords().Single();
        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(1, result.Notes);
        Assert.Equal("Gold", record["Customer_Tier"]!.ToString());
        Assert.Equal(1200, record["Loyalty_Points"]!.GetValue<long>());
        Assert.True(record["Newsletter"]!.GetValue<bool>());
        Assert.Equal(12.5m, record["Annual_Spend"]!.GetValue<decimal>());
        Assert.Null(record["Interests"]);
    }

    [Fact]
    public async Task AnEnforcedOneWayPlan_DoesNotRewriteConvertedOrLeftOutValuesEveryRun()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { Seed = 66 });
        plan.Settings = plan.Settings with
        {
            WriteGoogle = false,
            EnforceOneWay = true,
            Mappings = [.. DefaultFieldMap.Mappings, new FieldMapping("Customer_Tier", "userDefined[Tier]")],
        };
        var person = Person(plan.Emulator.Credentials.GoogleContactSyncGroup, "Lea", "Enforced", "lea@example.com", new JsonObject { ["month"] = 1, ["day"] = 9 });
        person["userDefined"] = new JsonArray(UserDefined("Tier", "silver"));
        plan.Emulator.Google.CreateContactAsUser(person);

        var first = await plan.RunAsync();
        var second = await plan.RunAsync();

        Assert.Equal(1, first.Crm.Created);
        Assert.Equal("Silver", plan.Emulator.Zoho.GetAllRecords().Single()["Customer_Tier"]!.ToString());
        Assert.Equal(0, second.Crm.Updated + second.Notes + second.Errors);
        Assert.Equal(0, plan.Emulator.Calls.Count("zoho PUT /crm/v8/Contacts"));
    }

    [Fact]
    public async Task GoogleContactLimit_StopsCreatingForTheRun_WithoutSingleCreatesOrCrmReads_AndTheNextRunsStayCheap()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 500, Seed = 64 });
        var google = plan.Emulator.Google;
        google.ContactLimit = google.Count + 250;
        plan.Settings = plan.Settings with { WriteCrm = false, GoogleContactLimit = google.ContactLimit };

        var first = await plan.RunAsync();

        // 200 fit, the next 200 are refused whole; the account is counted once and the 50 that fit are sent once more.
        Assert.Equal(250, first.Google.Created);
        Assert.Equal(SyncOutcome.Succeeded, first.Outcome);
        Assert.Equal(0, first.Errors);
        Assert.Equal(3, plan.Emulator.Calls.Count(BatchCreate));
        Assert.Equal(0, plan.Emulator.Calls.Count(CreateOne));
        var condition = Assert.Single(first.Conditions);
        Assert.Equal(PlanCondition.GoogleContactLimit, condition.Code);
        Assert.Equal(250, condition.Waiting);
        Assert.Equal(250, first.Backlog);

        // The account is still full: the next runs count it once, read only the CRM's changes and create nothing.
        await plan.RunAsync(); // reads back the first run's own creates through the Google sync token
        plan.Emulator.Calls.Reset();
        var third = await plan.RunAsync();

        Assert.Equal(0, third.Google.Created);
        Assert.Equal(0, third.Errors);
        Assert.Equal(0, plan.Emulator.Calls.Count(BatchCreate) + plan.Emulator.Calls.Count(CreateOne) + plan.Emulator.Calls.Count(ZohoGetOne));
        Assert.Equal(1, plan.Emulator.Calls.Count(ZohoList)); // the changes since the last run (none), not the 500 records again
        Assert.Equal(250, Assert.Single(third.Conditions).Waiting);
        Assert.Equal(250, third.Backlog);

        // Room is made: the CRM is read again from where the waiting began and the rest is created.
        google.ContactLimit += 250;
        plan.Settings = plan.Settings with { GoogleContactLimit = google.ContactLimit };
        var fourth = await plan.RunAsync();

        Assert.Equal(250, fourth.Google.Created);
        Assert.Empty(fourth.Conditions);
        Assert.Equal(0, fourth.Backlog);
        Assert.Equal(500, google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup).Count);
    }

    [Fact]
    public async Task ExpiredPageToken_MidRead_TheRunContinuesAndSyncsEveryContactOnce()
    {
        await using var plan = await EmulatedPlan.StartAsync(new EmulatorOptions { ZohoSeedContacts = 2300, Seed = 65 });
        plan.Settings = plan.Settings with { WriteCrm = false };
        plan.Emulator.Zoho.ExpireNextPageTokens(1);

        var result = await plan.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(2300, result.Google.Created);
        var members = plan.Emulator.Google.GetGroupMembers(plan.Emulator.Credentials.GoogleContactSyncGroup);
        Assert.Equal(2300, members.Count);
        Assert.Equal(2300, members.Distinct().Count());
    }

    private static JsonObject Person(string group, string given, string family, string email, JsonObject? birthday)
    {
        var person = new JsonObject
        {
            ["names"] = new JsonArray(new JsonObject { ["givenName"] = given, ["familyName"] = family }),
            ["emailAddresses"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work" }),
            ["memberships"] = new JsonArray(new JsonObject { ["contactGroupMembership"] = new JsonObject { ["contactGroupResourceName"] = group } }),
        };
        if (birthday is not null)
        {
            person["birthdays"] = new JsonArray(new JsonObject { ["date"] = birthday });
        }

        return person;
    }

    private static JsonObject UserDefined(string key, string value) => new() { ["key"] = key, ["value"] = value };
}
