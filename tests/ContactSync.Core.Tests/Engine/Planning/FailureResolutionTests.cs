using ContactSync.Core.Engine.Planning;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>A failing record ends when it syncs by any path, whichever of its pair's ids it was recorded under.</summary>
public sealed class FailureResolutionTests
{
    [Fact]
    public void PairWhoseValuesAgree_EndsTheFailureOfEitherRecord()
    {
        var settings = Bidirectional();
        var crm = Crm("1", ("Last_Name", "Agree"));
        var google = Google("people/1", (Family, "Agree"));
        var link = Link(settings, crm, google);

        var failing = Assert.IsType<PlannedPair>(Assert.Single(PlanPage(Planner(settings, failing: Failure("", "people/1")), [crm], [link]).Items));
        var healthy = Assert.IsType<PlannedPair>(Assert.Single(PlanPage(Planner(settings), [crm], [link]).Items));

        Assert.True(failing.ResolvesFailure);
        Assert.False(healthy.ResolvesFailure);
    }

    [Fact]
    public void CreateOfAFailingRecord_EndsItsFailureOnceWritten()
    {
        var create = Assert.IsType<PlannedCreate>(Assert.Single(PlanPage(Planner(failing: Failure("1", "")), [Crm("1", ("Last_Name", "Retry"))]).Items));

        Assert.True(create.ResolvesFailure);
    }

    [Fact]
    public void PlanThatNoLongerWritesGoogle_EndsAFailedGoogleCreate()
    {
        var planner = Planner(Bidirectional() with { WriteGoogle = false }, failing: Failure("1", ""));

        var plan = PlanPage(planner, [Crm("1", ("Last_Name", "OneWay"))]);

        Assert.Empty(plan.Items);
        Assert.Equal([new PairKey("1", "")], plan.Resolutions);
    }

    [Fact]
    public void FailingRecordsThatAreGone_EndTheirFailures()
    {
        var changes = Changes(Tombstone("people/deleted"), Google("people/here"));
        var planner = Planner(changes: changes, failing: [Failure("1", ""), Failure("2", ""), Failure("", "people/deleted"), Failure("", "people/missing"), Failure("", "people/here")]);

        var plan = planner.PlanVanishedFailures([Crm("2")]);

        Assert.Equal(
            [new PairKey("1", ""), new PairKey("", "people/deleted"), new PairKey("", "people/missing")],
            plan.Resolutions.OrderBy(p => p.CrmId + p.GoogleResourceName, StringComparer.Ordinal));
    }
}
