using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>Zoho's mandatory Last_Name for Google contacts without a family name, and that it is never pushed back.</summary>
public sealed class LastNameFallbackTests
{
    [Theory]
    [InlineData("Family", "Display", "Given", "mail@example.com", "Family")]
    [InlineData("", "Display Name", "Given", "mail@example.com", "Display Name")]
    [InlineData("", "", "Given", "mail@example.com", "Given")]
    [InlineData("", "", "", "ada.l@example.com", "ada.l")]
    [InlineData("", "", "", "", "(no name)")]
    public void For_TakesFamilyThenDisplayThenGivenThenEmailLocalPart(string family, string display, string given, string email, string expected)
    {
        var contact = Google("people/1", (Family, family), (Display, display), (Given, given), (Work, email));

        Assert.Equal(expected, LastNameFallback.For(contact));
    }

    [Fact]
    public void For_NoWorkEmail_UsesAnyOtherEmail()
    {
        Assert.Equal("home", LastNameFallback.For(Google("people/1", ("emailAddresses[type=home]", "home@example.com"))));
    }

    [Fact]
    public void CrmCreate_ContactWithoutFamilyName_GetsTheFallbackAndAnIntentWithIt()
    {
        var contact = Google("people/cher", (Given, "Cher"), (Work, "cher@example.com"));

        var plan = PlanChunk(Planner(), [contact]);

        var create = Assert.IsType<PlannedCreate>(Assert.Single(plan.Items));
        Assert.Equal(SideKind.Crm, create.Target);
        Assert.Equal("Cher", create.Write.Values["Last_Name"]);
        Assert.Equal("Cher", create.Write.Values["First_Name"]);
        Assert.Equal(new PendingCrmCreate("people/cher", "cher@example.com", "Cher", "Cher"), create.Intent);
    }

    [Fact]
    public void PairCreatedWithTheFallback_LaterRun_DoesNotPushItBackToGoogle()
    {
        var settings = Bidirectional();
        var contact = Google("people/cher", (Given, "Cher"), (Work, "cher@example.com"));
        var create = Assert.IsType<PlannedCreate>(Assert.Single(PlanChunk(Planner(settings), [contact]).Items));
        var snapshot = new Dictionary<string, FieldSnapshot>(create.Snapshot, StringComparer.Ordinal);
        foreach (var (key, value) in create.Write.After)
        {
            snapshot[key] = value;
        }

        var link = new SyncLink("1", contact.ResourceName, contact.Etag, contact.State, snapshot, "cher@example.com");
        var record = Crm("1", create.Write.Values.Select(kv => (kv.Key, kv.Value)).ToArray());

        var plan = PlanPage(Planner(settings), [record], [link]);

        var pair = Assert.IsType<PlannedPair>(Assert.Single(plan.Items));
        Assert.True(pair.WritesNothing);
        Assert.False(pair.SaveLink);
    }
}
