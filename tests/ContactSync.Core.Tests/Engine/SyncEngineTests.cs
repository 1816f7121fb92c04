using ContactSync.Core.Plans;
using ContactSync.Core.Engine;
using ContactSync.Core.Mapping;
using ContactSync.Core.State;
using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

public sealed partial class SyncEngineTests
{
    private const string Work = "emailAddresses[type=work]";
    private const string Given = "names[0].givenName";
    private const string Family = "names[0].familyName";
    private const string Mobile = "phoneNumbers[type=mobile]";
    private const string Title = "organizations[0].title";

    [Fact]
    public async Task RunAsync_FirstRunCrmToGoogle_CreatesContactsInGroupWithCrossReference()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        var id = h.Crm.Add(("First_Name", "Zoë"), ("Last_Name", "Müller"), ("Email", "zoe@example.com"), ("Mobile", "+49 170 1234567"));

        var result = await h.RunAsync();

        var created = Assert.Single(h.Google.Live);
        Assert.True(created.InGroup);
        Assert.Equal(id, created.CrmRef);
        Assert.Equal("Zoë", created[Given]);
        Assert.Equal("Müller", created[Family]);
        Assert.Equal("+49 170 1234567", created[Mobile]);
        Assert.Equal(1, result.Google.Created);
        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(1, await h.Store.CountLinksAsync("plan-1", default));
    }

    [Fact]
    public async Task RunAsync_FirstRunGoogleToCrm_UsesLastNameFallbackAndNeverWritesGoogle()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteGoogle = false };
        h.Google.Add(true, null, (Given, "Cher"), (Work, "cher@example.com"));
        h.Google.Add(true, null, (Work, "nobody@example.com"));
        var googleWritesBefore = h.Google.WriteCalls;

        var result = await h.RunAsync();

        Assert.Equal(2, result.Crm.Created);
        Assert.Contains(h.Crm.Records.Values, r => r["Last_Name"] == "Cher" && r["Email"] == "cher@example.com");
        Assert.Contains(h.Crm.Records.Values, r => r["Last_Name"] == "nobody");
        Assert.Equal(googleWritesBefore, h.Google.WriteCalls);

        // The fallback is settled: a second run neither rewrites Last_Name nor pushes it into Google.
        var second = await h.RunAsync();
        Assert.Equal(0, second.Crm.Updated + second.Google.Updated);
    }

    [Fact]
    public async Task RunAsync_BidirectionalWithOverlappingEmails_LinksInsteadOfDuplicating()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "Ada"), ("Email", "ADA@example.com "));
        h.Google.Add(true, null, (Family, "Ada"), (Work, "ada@example.com"));
        h.Crm.Add(("Last_Name", "Only CRM"), ("Email", "crm@example.com"));
        h.Google.Add(true, null, (Family, "Only Google"), (Work, "google@example.com"));

        var result = await h.RunAsync();

        Assert.Equal(3, h.Crm.Records.Count);
        Assert.Equal(3, h.Google.Live.Count());
        Assert.Equal(1, result.Crm.Created);
        Assert.Equal(1, result.Google.Created);
        Assert.Equal(3, await h.Store.CountLinksAsync("plan-1", default));
    }

    [Theory]
    [InlineData(true, "CRM title")]
    [InlineData(false, "Google title")]
    public async Task RunAsync_FieldChangedOnBothSides_ConflictOptionDecides(bool crmWins, string expected)
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { CrmWinsConflicts = crmWins };
        var id = h.Crm.Add(("Last_Name", "Lovelace"), ("Email", "ada@example.com"), ("Title", "Countess"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Crm.Edit(id, ("Title", "CRM title"));
        h.Google.Edit(name, (Title, "Google title"));
        var result = await h.RunAsync();

        Assert.Equal(1, result.Conflicts);
        Assert.Equal(expected, h.Crm.Records[id]["Title"]);
        Assert.Equal(expected, h.Google.Contacts[name][Title]);
    }

    [Fact]
    public async Task RunAsync_DifferentFieldsChangedOnEachSide_MergesBoth()
    {
        var h = new EngineHarness();
        var id = h.Crm.Add(("Last_Name", "Hopper"), ("Email", "grace@example.com"), ("Title", "Rear Admiral"), ("Mobile", "111"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Crm.Edit(id, ("Title", "Commodore"));
        h.Google.Edit(name, (Mobile, "222"));
        var result = await h.RunAsync();

        Assert.Equal(0, result.Conflicts);
        Assert.Equal("Commodore", h.Google.Contacts[name][Title]);
        Assert.Equal("222", h.Crm.Records[id]["Mobile"]);
    }

    [Fact]
    public async Task RunAsync_NothingChangedAndOwnEchoes_WritesNothing()
    {
        var h = new EngineHarness();
        for (var i = 0; i < 250; i++)
        {
            h.Crm.Add(("Last_Name", $"Person {i}"), ("Email", $"p{i}@example.com"));
        }

        await h.RunAsync();
        var crmCalls = h.Crm.WriteCalls;
        var googleCalls = h.Google.WriteCalls;

        // The second run reads our own writes back (new etags, new Modified_Time) and must not ping-pong.
        var second = await h.RunAsync();
        h.Google.Touch(h.Google.Live.First().ResourceName);
        var third = await h.RunAsync();

        Assert.Equal(crmCalls, h.Crm.WriteCalls);
        Assert.Equal(googleCalls, h.Google.WriteCalls);
        Assert.Equal(0, second.Crm.Updated + second.Google.Updated + third.Crm.Updated + third.Google.Updated);
    }

    [Fact]
    public async Task RunAsync_WatermarkOnTheCrmClock_ReadsEchoesOnceAndThenNothing()
    {
        var h = new EngineHarness();
        for (var i = 0; i < 30; i++)
        {
            h.Google.Add(true, null, (Family, $"G{i}"), (Work, $"g{i}@example.com"));
        }

        await h.RunAsync();
        Assert.Equal(30, h.Crm.Records.Count);

        // The next run reads the engine's own CRM writes back once (they came after the first read began)…
        h.Time.Advance(TimeSpan.FromSeconds(5));
        await h.RunAsync();
        Assert.Equal(30, h.Crm.LastReadCount);

        // …and a later quiet run reads nothing, while an edit made after it is read.
        h.Time.Advance(TimeSpan.FromSeconds(5));
        await h.RunAsync();
        Assert.Equal(0, h.Crm.LastReadCount);
        h.Crm.Edit(h.Crm.Records.Keys.First(), ("Title", "Edited"));
        var result = await h.RunAsync();
        Assert.Equal(1, h.Crm.LastReadCount);
        Assert.Equal(1, result.Google.Updated);
    }

    [Fact]
    public async Task RunAsync_ContactCreatedInCrmFromGoogle_KeepsTheGoogleEtagForLaterUpdates()
    {
        var h = new EngineHarness();
        var name = h.Google.Add(true, null, (Family, "Origin"), (Work, "origin@example.com"), (Mobile, "+1 555 0100"));
        await h.RunAsync();
        var link = (await h.Store.GetLinksByGoogleNameAsync("plan-1", [name], default))[name];
        Assert.Equal(h.Google.Contacts[name].Etag, link.GoogleEtag);
        Assert.Equal(h.Google.Contacts[name].State, link.GoogleState);

        // A CRM edit then updates Google directly, without a stale-etag re-read.
        h.Crm.Edit(link.CrmId, ("Title", "Updated"));
        await h.RunAsync();
        Assert.Equal("Updated", h.Google.Contacts[name][Title]);
        Assert.Equal(1, h.Google.WriteCalls);
    }

    [Fact]
    public async Task RunAsync_OneWayCrmToGoogle_GoogleEditIsOverwrittenOnlyOnNextCrmChange()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        var id = h.Crm.Add(("Last_Name", "Turing"), ("Email", "alan@example.com"), ("Title", "Mathematician"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;
        var crmWrites = h.Crm.WriteCalls;

        h.Google.Edit(name, (Title, "Edited in Google"));
        await h.RunAsync();
        Assert.Equal("Edited in Google", h.Google.Contacts[name][Title]);
        Assert.Equal("Mathematician", h.Crm.Records[id]["Title"]);

        h.Crm.Edit(id, ("Title", "Codebreaker"));
        await h.RunAsync();
        Assert.Equal("Codebreaker", h.Google.Contacts[name][Title]);
        Assert.Equal(crmWrites, h.Crm.WriteCalls);
    }

    [Fact]
    public async Task RunAsync_OneWayWithEnforce_OverwritesTargetEditAtOnce()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false, EnforceOneWay = true };
        h.Crm.Add(("Last_Name", "Turing"), ("Email", "alan@example.com"), ("Title", "Mathematician"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Google.Edit(name, (Title, "Edited in Google"));
        await h.RunAsync();

        Assert.Equal("Mathematician", h.Google.Contacts[name][Title]);
    }

    [Fact]
    public async Task RunAsync_CustomFieldMapping_CopiesToUserDefined()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Mappings = [.. DefaultFieldMap.Mappings, new FieldMapping("Customer_Tier", "userDefined[Tier]")] };
        var id = h.Crm.Add(("Last_Name", "Curie"), ("Email", "marie@example.com"), ("Customer_Tier", "Gold"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;
        Assert.Equal("Gold", h.Google.Contacts[name]["userDefined[Tier]"]);

        h.Google.Edit(name, ("userDefined[Tier]", "Silver"));
        await h.RunAsync();
        Assert.Equal("Silver", h.Crm.Records[id]["Customer_Tier"]);
    }

    [Fact]
    public async Task RunAsync_AccentsAndVeryLongValues_RoundTrip()
    {
        var h = new EngineHarness();
        var longText = string.Concat(Enumerable.Repeat("Ünïcödé ", 3000)).Trim();
        var id = h.Crm.Add(("First_Name", "Åsa-Lïsa"), ("Last_Name", "Ñúñez"), ("Email", "asa@example.com"), ("Description", longText));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        Assert.Equal(longText, h.Google.Contacts[name]["biographies[0].value"]);
        Assert.Equal(0, (await h.RunAsync()).Google.Updated);
        Assert.Equal("Åsa-Lïsa", h.Crm.Records[id]["First_Name"]);
    }

    [Fact]
    public async Task RunAsync_ReportsProgressForEveryPage()
    {
        var h = new EngineHarness();
        for (var i = 0; i < 450; i++)
        {
            h.Crm.Add(("Last_Name", $"P{i}"), ("Email", $"p{i}@example.com"));
        }

        await h.RunAsync();

        Assert.True(h.Sink.Events.Count(e => e.Message.StartsWith("Processed", StringComparison.Ordinal)) >= 3);
        Assert.Equal(450, h.Sink.Events[^1].Google.Created);
    }
}
