using ContactSync.Core.Engine;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>Google's contact limit: once the account is full, new Google contacts wait; everything else goes on.</summary>
public sealed class GoogleRoomRuleTests
{
    [Fact]
    public void AccountFull_NewGoogleContactsWait_UpdatesAndCrmCreatesGoOn()
    {
        var settings = Bidirectional();
        var crm = Crm("1", ("Last_Name", "Linked"), ("Title", "Old"));
        var google = Google("people/1", (Family, "Linked"), (Title, "Old"));
        var edited = crm with { Values = new Dictionary<string, string>(crm.Values) { ["Title"] = "New" } };
        var planner = Planner(settings);

        var page = PlanPage(planner, [edited, Crm("2", ("Last_Name", "Waits")), Crm("3", ("Last_Name", "Waits too"))], [Link(settings, crm, google)], googleFull: true);
        var chunk = PlanChunk(planner, [Google("people/9", (Family, "From Google"))]);

        Assert.Equal("New", Assert.IsType<PlannedPair>(Assert.Single(page.Items)).ToGoogle!.Values[Title]);
        Assert.Equal(2, page.Backlog);
        Assert.Equal(2, page.WaitingForGoogleRoom);
        Assert.Equal(2, planner.WaitingForGoogleRoom);
        Assert.False(planner.CrmCapped); // the CRM watermark moves on: the waiting contacts are remembered in the cursor's GoogleRoomWait
        Assert.Equal(SideKind.Crm, Assert.IsType<PlannedCreate>(Assert.Single(chunk.Items)).Target);
        Assert.DoesNotContain(page.Items.Concat(chunk.Items), i => i is PlannedFailure);
    }

    [Fact]
    public void AccountNotFull_CreatesArePlanned()
    {
        var planner = Planner();

        var page = PlanPage(planner, [Crm("2", ("Last_Name", "Fits"))], googleFull: false);

        Assert.Single(page.Items.OfType<PlannedCreate>());
        Assert.Equal(0, planner.WaitingForGoogleRoom);
    }

    [Fact]
    public void Reached_NamesHowManyWait()
    {
        var condition = GoogleRoomRule.Reached(42);

        Assert.Equal((PlanCondition.GoogleContactLimit, 42L), (condition.Code, condition.Waiting));
        Assert.Contains("42 contacts wait", condition.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(24_000, 1_000, null)]
    [InlineData(24_000, 1_001, 1L)]
    [InlineData(25_000, 10, 10L)]
    public void Foreseen_WarnsOnlyWhenTheCreatesPassTheLimit(long held, long creates, long? waiting)
    {
        Assert.Equal(waiting, GoogleRoomRule.Foreseen(held, creates, 25_000)?.Waiting);
    }

    [Fact]
    public void ShouldForesee_OnlyPlansThatCreateGoogleContactsUnderALimit()
    {
        var settings = Bidirectional();

        Assert.True(GoogleRoomRule.ShouldForesee(settings, 1));
        Assert.False(GoogleRoomRule.ShouldForesee(settings, 0));
        Assert.False(GoogleRoomRule.ShouldForesee(settings with { GoogleContactLimit = 0 }, 1));
        Assert.False(GoogleRoomRule.ShouldForesee(settings with { WriteGoogle = false }, 1));
    }
}
