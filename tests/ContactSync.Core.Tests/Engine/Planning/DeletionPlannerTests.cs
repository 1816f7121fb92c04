using ContactSync.Core.Engine;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.Plans;
using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>The deletion policy per side, both records gone, detached pairs, and the mass-deletion breaker.</summary>
public sealed class DeletionPlannerTests
{
    [Theory]
    [InlineData(DeletionPolicy.Keep, PlannedAction.Unlink)]
    [InlineData(DeletionPolicy.Propagate, PlannedAction.Delete)]
    [InlineData(DeletionPolicy.Quarantine, PlannedAction.Quarantine)]
    public void RecordDeletedOnOneSide_ThePolicyDecidesWhatHappensToTheOther(DeletionPolicy policy, PlannedAction expected)
    {
        var planner = Planner(Bidirectional() with { Deletion = policy });
        var crmGone = PairLink("1", "people/1");
        var googleGone = PairLink("2", "people/2");

        var plan = planner.PlanDeletions(new DeletionInput([crmGone], [googleGone], new HashSet<string> { "people/2" }));

        Assert.Equal([(expected, SideKind.Google, "1"), (expected, SideKind.Crm, "2")], plan.Steps.Select(s => (s.Action, s.Target, s.Link.CrmId)));
        Assert.All(plan.Steps, s => Assert.False(s.BothGone));
        Assert.Equal(expected == PlannedAction.Unlink ? 0 : 2, plan.Destructive);
        Assert.False(plan.Paused);
    }

    [Fact]
    public void PlanThatDoesNotWriteTheOtherSide_OnlyDetaches()
    {
        var planner = Planner(Bidirectional() with { Deletion = DeletionPolicy.Propagate, WriteGoogle = false });

        var plan = planner.PlanDeletions(new DeletionInput([PairLink("1", "people/1")], [], new HashSet<string>()));

        Assert.Equal(PlannedAction.Unlink, Assert.Single(plan.Steps).Action);
    }

    [Fact]
    public void BothRecordsGoneOrPairDetachedBefore_TheLinkIsRemoved()
    {
        var planner = Planner(Bidirectional() with { Deletion = DeletionPolicy.Propagate });
        var both = PairLink("1", "people/1");
        var detached = PairLink("2", "people/2") with { Detached = true };

        var plan = planner.PlanDeletions(new DeletionInput([both], [both, detached], new HashSet<string> { "people/1", "people/2" }));

        Assert.Equal([("1", true), ("2", true)], plan.Steps.Select(s => (s.Link.CrmId, s.BothGone)));
        Assert.All(plan.Steps, s => Assert.Equal(PlannedAction.Unlink, s.Action));
        Assert.Equal(0, plan.Destructive);
    }

    [Fact]
    public void MoreDeletionsThanTheThreshold_TheBreakerStopsTheRun()
    {
        var settings = Bidirectional() with { Deletion = DeletionPolicy.Quarantine, MassDeleteThreshold = 3 };
        var four = Enumerable.Range(1, 4).Select(i => PairLink($"{i}", $"people/{i}")).ToList();

        var atThreshold = Planner(settings).PlanDeletions(new DeletionInput(four.Take(3).ToList(), [], new HashSet<string>()));
        var over = Planner(settings).PlanDeletions(new DeletionInput(four, [], new HashSet<string>()));
        var off = Planner(settings with { MassDeleteThreshold = 0 }).PlanDeletions(new DeletionInput(four, [], new HashSet<string>()));

        Assert.False(atThreshold.Paused);
        Assert.True(over.Paused);
        Assert.Contains("4 contacts (threshold 3)", over.BreakerMessage, StringComparison.Ordinal);
        Assert.False(off.Paused);
    }

    [Fact]
    public void DeletedPairs_AreOutOfTheRestOfTheRun()
    {
        var settings = Bidirectional();
        var crmGone = Link(settings, Crm("1", ("Last_Name", "A")), Google("people/1", (Family, "A")));
        var googleGone = Link(settings, Crm("2", ("Last_Name", "B")), Google("people/2", (Family, "B")));
        var planner = Planner(settings, changes: Changes(Google("people/1", (Family, "A"), (Title, "Edited")), Tombstone("people/2")));

        planner.PlanDeletions(new DeletionInput([crmGone], [googleGone], new HashSet<string> { "people/2" }));
        var page = PlanPage(planner, [Crm("2", ("Last_Name", "B"), ("Title", "Edited"))], [googleGone]);

        Assert.Empty(page.Items);
        Assert.Empty(planner.RemainingGoogleChanges());
    }

    [Fact]
    public void UnlinkedPairWithAFailingRecord_EndsTheFailure()
    {
        var planner = Planner(failing: Failure("1", "people/1"));

        var plan = planner.PlanDeletions(new DeletionInput([PairLink("1", "people/1"), PairLink("2", "people/2")], [], new HashSet<string>()));

        Assert.Equal([new PairKey("1", "people/1")], plan.Resolutions);
        Assert.Equal([true, false], plan.Steps.Select(s => s.ResolvesFailure));
    }

    private static SyncLink PairLink(string crmId, string googleName) =>
        new(crmId, googleName, "etag", "state", new Dictionary<string, FieldSnapshot>(), $"{crmId}@example.com");
}
