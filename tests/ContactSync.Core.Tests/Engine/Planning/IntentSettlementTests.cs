using ContactSync.Core.Engine;
using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;
using static ContactSync.Core.Tests.Engine.Planning.PlanningFixture;

namespace ContactSync.Core.Tests.Engine.Planning;

/// <summary>Write-ahead intents of an interrupted run: a found record is paired instead of created twice.</summary>
public sealed class IntentSettlementTests
{
    private static readonly PendingCrmCreate Intent = new("people/1", "ada@example.com", "Lovelace", "Ada");

    [Fact]
    public void OneCandidate_IsPairedWithTheContact_AndNeitherIsPlannedAgain()
    {
        var contact = Google("people/1", (Given, "Ada"), (Family, "Lovelace"), (Work, "ada@example.com"));
        var record = Crm("1", ("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("Email", "ada@example.com"));
        var planner = Planner(changes: Changes(contact));

        var plan = planner.PlanIntents([new IntentLookup(Intent, true, [record], contact)]);

        var pair = Assert.IsType<PlannedPair>(Assert.Single(plan.Items));
        Assert.Equal(("1", "people/1", true), (pair.CrmId, pair.GoogleName, pair.WritesNothing));
        Assert.Equal([PlannedAction.Link], plan.Describe().Select(c => c.Action));
        Assert.Equal(["people/1"], plan.SettledIntents);
        Assert.Empty(PlanPage(planner, [record]).Items);
        Assert.Empty(planner.RemainingGoogleChanges());
    }

    [Fact]
    public void TwoCandidates_AreReportedForAPerson_AndTheContactWaits()
    {
        var contact = Google("people/1", (Family, "Lovelace"));
        var planner = Planner(changes: Changes(contact));

        var plan = planner.PlanIntents([new IntentLookup(Intent, true, [Crm("1"), Crm("2")], contact)]);

        var failure = Assert.IsType<PlannedFailure>(Assert.Single(plan.Items));
        Assert.Equal((SideKind.Google, "people/1", "AMBIGUOUS_MATCH"), (failure.Side, failure.RecordId, failure.Code));
        Assert.Contains("2 candidates", failure.Message, StringComparison.Ordinal);
        Assert.Empty(planner.RemainingGoogleChanges());
    }

    [Fact]
    public void NothingFoundOrContactGone_TheIntentIsOnlySettled()
    {
        var planner = Planner();

        var plan = planner.PlanIntents([IntentLookup.Nothing(Intent), new IntentLookup(Intent with { GoogleResourceName = "people/2" }, true, [Crm("1")], Tombstone("people/2"))]);

        Assert.Empty(plan.Items);
        Assert.Equal(["people/1", "people/2"], plan.SettledIntents);
    }
}
