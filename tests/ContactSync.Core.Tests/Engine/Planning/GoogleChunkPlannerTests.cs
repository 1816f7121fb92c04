using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>Google changes no CRM page touched: linked pairs in scope, matches, creates, and failures that end.</summary>
public sealed class GoogleChunkPlannerTests
{
    [Fact]
    public void LinkedContactChangedInGoogle_PlansACrmUpdate()
    {
        var settings = Bidirectional();
        var crm = Crm("1", ("Last_Name", "Curie"), ("Title", "Chemist"));
        var google = Google("people/1", (Family, "Curie"), (Title, "Chemist"));
        var changed = google with { Values = new Dictionary<string, string>(google.Values) { [Title] = "Physicist" } };

        var plan = PlanChunk(Planner(settings), [changed], [Link(settings, crm, google)]);

        var pair = Assert.IsType<PlannedPair>(Assert.Single(plan.Items));
        Assert.Equal("Physicist", pair.ToCrm!.Values["Title"]);
        Assert.Null(pair.Crm);
    }

    [Fact]
    public void LinkedContactThatLeftTheGroup_DoesNotSyncWhileOutOfScope()
    {
        var settings = Bidirectional();
        var crm = Crm("1", ("Last_Name", "Out"));
        var google = Google("people/1", (Family, "Out"));
        var left = google with { InGroup = false, Values = new Dictionary<string, string>(google.Values) { [Title] = "Elsewhere" } };

        var plan = PlanChunk(Planner(settings), [left], [Link(settings, crm, google)]);

        Assert.Empty(plan.Items);
        Assert.Equal(1, plan.Examined);
    }

    [Fact]
    public void UnlinkedContactMatchingOneCrmRecord_PairsThem_AndAClaimedRecordIsNotMatchedAgain()
    {
        var record = Crm("1", ("Last_Name", "Match"), ("Email", "m@example.com"));
        var first = Google("people/1", (Family, "Match"), (Work, "m@example.com"));
        var second = Google("people/2", (Family, "Match"), (Work, "m@example.com"));

        var plan = PlanChunk(Planner(), [first, second], crmCandidates: [record]);

        var pair = Assert.IsType<PlannedPair>(plan.Items[0]);
        Assert.Equal(("1", "people/1"), (pair.CrmId, pair.GoogleName));
        var create = Assert.IsType<PlannedCreate>(plan.Items[1]);
        Assert.Equal(("people/2", SideKind.Crm), (create.GoogleName, create.Target));
    }

    [Fact]
    public void UnlinkedContactMatchingTwoCrmRecords_IsAnAmbiguousMatch()
    {
        var contact = Google("people/1", (Work, "twin@example.com"));

        var plan = PlanChunk(Planner(), [contact], crmCandidates: [Crm("1", ("Email", "twin@example.com")), Crm("2", ("Email", "TWIN@example.com"))]);

        var failure = Assert.IsType<PlannedFailure>(Assert.Single(plan.Items));
        Assert.Equal((SideKind.Google, "people/1", "AMBIGUOUS_MATCH"), (failure.Side, failure.RecordId, failure.Code));
    }

    [Fact]
    public void FailingContactThatLeftTheGroupBeforeItSynced_EndsItsFailure()
    {
        var contact = Google("people/1", (Family, "Left")) with { InGroup = false };

        var plan = PlanChunk(Planner(failing: Failure("", "people/1")), [contact]);

        Assert.Empty(plan.Items);
        Assert.Equal([new PairKey("", "people/1")], plan.Resolutions);
    }

    [Fact]
    public void PlanThatNoLongerWritesTheCrm_EndsAFailedCreate_AndPlansNone()
    {
        var planner = Planner(Bidirectional() with { WriteCrm = false }, failing: Failure("", "people/1"));

        var plan = PlanChunk(planner, [Google("people/1", (Family, "OneWay"))]);

        Assert.Empty(plan.Items);
        Assert.Equal([new PairKey("", "people/1")], plan.Resolutions);
    }
}
