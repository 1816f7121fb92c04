using ContactSync.Core.Engine;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>A CRM page planned from pure inputs: links, merge decisions, matches and creates, in order and with reasons.</summary>
public sealed class CrmPagePlannerTests
{
    [Fact]
    public void LinkedRecordChangedInTheCrm_PlansAGoogleUpdateWithTheFieldOldAndNew()
    {
        var settings = Bidirectional();
        var before = Crm("1", ("Last_Name", "Lovelace"), ("Email", "ada@example.com"), ("Title", "Countess"));
        var google = Google("people/1", (Family, "Lovelace"), (Work, "ada@example.com"), (Title, "Countess"));
        var link = Link(settings, before, google);

        var plan = PlanPage(Planner(settings), [before with { Values = new Dictionary<string, string>(before.Values) { ["Title"] = "Analyst" } }], [link]);

        var pair = Assert.IsType<PlannedPair>(Assert.Single(plan.Items));
        Assert.Null(pair.ToCrm);
        Assert.Equal("Analyst", pair.ToGoogle!.Values[Title]);
        var field = Assert.Single(pair.ToGoogle.Fields);
        Assert.Equal(("Title", "Countess", "Analyst", false), (field.CrmField, field.OldValue, field.NewValue, field.Conflict));
        Assert.Equal(google.Etag, pair.Etag);
        Assert.Equal(1, plan.Examined);
        Assert.Equal([PlannedAction.Update], plan.Describe().Select(c => c.Action));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LinkedPairChangedOnBothSides_TheConflictOptionDecidesThatFieldOnly(bool crmWins)
    {
        var settings = Bidirectional(crmWins);
        var crm = Crm("1", ("Last_Name", "Hopper"), ("Title", "Captain"), ("Mobile", "111"));
        var google = Google("people/1", (Family, "Hopper"), (Title, "Captain"), ("phoneNumbers[type=mobile]", "111"));
        var link = Link(settings, crm, google);
        var crmNow = crm with { Values = new Dictionary<string, string>(crm.Values) { ["Title"] = "Commodore" } };
        var googleNow = google with { Values = new Dictionary<string, string>(google.Values) { [Title] = "Admiral", ["phoneNumbers[type=mobile]"] = "222" } };

        var plan = PlanPage(Planner(settings, changes: Changes(googleNow)), [crmNow], [link]);

        var pair = Assert.IsType<PlannedPair>(Assert.Single(plan.Items));
        Assert.Equal(1, pair.Conflicts);
        Assert.Equal(1, plan.Conflicts);
        Assert.Equal("222", pair.ToCrm!.Values["Mobile"]);
        if (crmWins)
        {
            Assert.Equal("Commodore", pair.ToGoogle!.Values[Title]);
            Assert.True(Assert.Single(pair.ToGoogle.Fields).Conflict);
        }
        else
        {
            Assert.Null(pair.ToGoogle);
            Assert.Equal("Admiral", pair.ToCrm.Values["Title"]);
            Assert.Contains(pair.ToCrm.Fields, f => f.CrmField == "Title" && f.Conflict);
        }
    }

    [Fact]
    public void LinkedPairUnchanged_WritesNothing_AndSavesTheLinkOnlyWhenItChanged()
    {
        var settings = Bidirectional();
        var crm = Crm("1", ("Last_Name", "Echo"), ("Email", "echo@example.com"));
        var google = Google("people/1", (Family, "Echo"), (Work, "echo@example.com"));
        var link = Link(settings, crm, google);

        var quiet = Assert.IsType<PlannedPair>(Assert.Single(PlanPage(Planner(settings), [crm], [link]).Items));
        var etagChurn = Assert.IsType<PlannedPair>(Assert.Single(PlanPage(Planner(settings, changes: Changes(google with { Etag = "new" })), [crm], [link]).Items));

        Assert.True(quiet.WritesNothing);
        Assert.False(quiet.SaveLink);
        Assert.True(etagChurn.WritesNothing);
        Assert.True(etagChurn.SaveLink);
        Assert.Equal("new", etagChurn.Etag);
    }

    [Fact]
    public void UnlinkedRecordMatchingAContactOutsideTheGroup_PlansTheGroupAdditionBeforeTheLink()
    {
        var record = Crm("1", ("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("Email", "ada@example.com"));
        var outside = Google("people/out", (Given, "Ada"), (Family, "Lovelace"), (Work, "ada@example.com")) with { InGroup = false };

        var plan = PlanPage(Planner(), [record], candidates: ByEmail("ada@example.com", outside));

        Assert.Equal(
            [(PlannedAction.AddToGroup, SideKind.Google), (PlannedAction.Link, SideKind.Crm)],
            plan.Describe().Select(c => (c.Action, c.Target)));
        var pair = plan.Items.OfType<PlannedPair>().Single();
        Assert.Null(pair.Link);
        Assert.True(pair.WritesNothing);
        Assert.True(pair.SaveLink);
        Assert.Equal(("1", "people/out", "Ada Lovelace"), (pair.CrmId, pair.GoogleName, pair.DisplayName));
    }

    [Fact]
    public void UnlinkedRecordWithTwoCandidates_PlansAnAmbiguousMatchFailureAndASkip()
    {
        var record = Crm("1", ("Last_Name", "Twin"), ("Email", "twin@example.com"));
        var candidates = ByEmail("twin@example.com", Google("people/a", (Work, "twin@example.com")), Google("people/b", (Work, "twin@example.com")));

        var plan = PlanPage(Planner(), [record], candidates: candidates);

        var failure = Assert.IsType<PlannedFailure>(Assert.Single(plan.Items));
        Assert.Equal(("AMBIGUOUS_MATCH", SideKind.Crm, "1"), (failure.Code, failure.Side, failure.RecordId));
        var skip = Assert.Single(plan.Describe());
        Assert.Equal((PlannedAction.Skip, SideKind.Google), (skip.Action, skip.Target));
    }

    [Fact]
    public void UnlinkedRecordWithoutCandidate_PlansAGoogleCreateWithItsValues()
    {
        var record = Crm("7", ("First_Name", "Zoë"), ("Last_Name", "Müller"), ("Email", "zoe@example.com"), ("Account_Name", "Acme"));

        var plan = PlanPage(Planner(), [record]);

        var create = Assert.IsType<PlannedCreate>(Assert.Single(plan.Items));
        Assert.Equal((SideKind.Google, "7", ""), (create.Target, create.CrmId, create.GoogleName));
        Assert.Equal("Zoë", create.Write.Values[Given]);
        Assert.Equal("Acme", create.Write.Values["organizations[0].name"]);
        Assert.Null(create.Intent);
        Assert.Equal(new FieldSnapshot("", ""), create.Snapshot["Title|organizations[0].title"]);
        Assert.Equal("New in the CRM view.", Assert.Single(plan.Describe()).Reason);
        Assert.Equal("7", Assert.Single(plan.IndexUnlessLinked).Id);
    }

    [Fact]
    public void RecordReadTwice_IsDecidedOnce()
    {
        var planner = Planner();
        var record = Crm("1", ("Last_Name", "Once"));

        var first = PlanPage(planner, [record]);
        var again = PlanPage(planner, [record]);

        Assert.Single(first.Items);
        Assert.Empty(again.Items);
        Assert.Equal(0, again.Examined);
    }

    [Fact]
    public void GoogleChangeOfALinkedPair_IsMergedWithItsCrmRecord_AndNotPlannedAgainAfterThePages()
    {
        var settings = Bidirectional();
        var crm = Crm("1", ("Last_Name", "Pair"));
        var google = Google("people/1", (Family, "Pair"));
        var changed = google with { Values = new Dictionary<string, string>(google.Values) { [Title] = "New" } };
        var untouched = Google("people/2", (Family, "Other"));
        var planner = Planner(settings, changes: Changes(changed, untouched));

        var plan = PlanPage(planner, [crm], [Link(settings, crm, google)]);

        Assert.Equal("New", Assert.IsType<PlannedPair>(Assert.Single(plan.Items)).ToCrm!.Values["Title"]);
        Assert.Equal(["people/2"], planner.RemainingGoogleChanges().Select(c => c.ResourceName));
    }
}
