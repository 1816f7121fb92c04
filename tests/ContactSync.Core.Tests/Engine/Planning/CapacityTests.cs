using ContactSync.Core.Engine.Planning;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>Caps and backlog: what does not fit waits for a later run and keeps its side's cursor back.</summary>
public sealed class CapacityTests
{
    [Fact]
    public void MoreNewRecordsThanTheCap_PlansTheCap_AndTheRestIsBacklog()
    {
        var planner = Planner(cap: 2);
        var records = Enumerable.Range(1, 5).Select(i => Crm($"{i}", ("Last_Name", $"P{i}"))).ToList();

        var plan = PlanPage(planner, records);

        Assert.Equal(2, plan.Items.OfType<PlannedCreate>().Count());
        Assert.Equal(3, plan.Backlog);
        Assert.Equal(0, plan.WaitingForGoogleRoom);
        Assert.Equal(3, planner.Backlog);
        Assert.True(planner.CrmCapped);
        Assert.False(planner.GoogleCapped);
    }

    [Fact]
    public void PairsWithNothingToWrite_TakeNoRoom()
    {
        var settings = Bidirectional();
        var crm = Crm("1", ("Last_Name", "Quiet"));
        var google = Google("people/1", (Family, "Quiet"));
        var planner = Planner(settings, cap: 1);

        var plan = PlanPage(planner, [crm, Crm("2", ("Last_Name", "New"))], [Link(settings, crm, google)]);

        Assert.Single(plan.Items.OfType<PlannedPair>());
        Assert.Single(plan.Items.OfType<PlannedCreate>());
        Assert.Equal(0, planner.Backlog);
    }

    [Fact]
    public void GoogleChangesOverTheCap_KeepTheSyncTokenBack()
    {
        var planner = Planner(cap: 1);

        var plan = PlanChunk(planner, [Google("people/1", (Family, "A")), Google("people/2", (Family, "B"))]);

        Assert.Single(plan.Items);
        Assert.Equal(1, plan.Backlog);
        Assert.True(planner.GoogleCapped);
        Assert.False(planner.CrmCapped);
    }

    [Fact]
    public void NoCap_PlansEverything()
    {
        var plan = PlanPage(Planner(cap: 0), Enumerable.Range(1, 300).Select(i => Crm($"{i}", ("Last_Name", $"P{i}"))).ToList());

        Assert.Equal(300, plan.Items.Count);
        Assert.Equal(0, plan.Backlog);
    }
}
