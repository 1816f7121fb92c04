using ContactSync.Core.Engine;
using ContactSync.Core.State;
using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

public sealed partial class SyncEngineTests
{
    [Fact]
    public async Task RunAsync_ExpiredSyncToken_ReconcilesWithoutDuplicates()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "A"), ("Email", "a@example.com"));
        h.Google.Add(true, null, (Family, "B"), (Work, "b@example.com"));
        await h.RunAsync();
        h.Google.ExpireTokens = true;
        var name = h.Google.Live.First(c => c[Work] == "b@example.com").ResourceName;
        h.Google.ExpireTokens = true;
        h.Google.Edit(name, (Title, "Changed while expired"));

        var result = await h.RunAsync();

        Assert.Equal(2, h.Crm.Records.Count);
        Assert.Equal(2, h.Google.Live.Count());
        Assert.Equal("Changed while expired", h.Crm.Records.Values.Single(r => r["Email"] == "b@example.com")["Title"]);
        Assert.Equal(0, result.Crm.Created + result.Google.Created);
    }

    [Fact]
    public async Task RunAsync_PlanDeletedAndRecreated_RepairsByCrossReferenceWithoutDuplicates()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "NoMail"));
        h.Crm.Add(("Last_Name", "Mail"), ("Email", "mail@example.com"));
        await h.RunAsync();
        await h.Store.DeletePlanStateAsync("plan-1", default);
        h.Settings = EngineHarness.Bidirectional("plan-2");

        var result = await h.RunAsync();

        Assert.Equal(2, h.Google.Live.Count());
        Assert.Equal(2, h.Crm.Records.Count);
        Assert.Equal(0, result.Crm.Created + result.Google.Created);
        Assert.Equal(2, await h.Store.CountLinksAsync("plan-2", default));
    }

    [Fact]
    public async Task RunAsync_TwoGoogleContactsWithOneEmail_ReportsAmbiguousMatch()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        h.Crm.Add(("Last_Name", "Twin"), ("Email", "twin@example.com"));
        h.Google.Add(true, null, (Family, "Twin 1"), (Work, "twin@example.com"));
        h.Google.Add(true, null, (Family, "Twin 2"), (Work, "Twin@Example.com"));

        var result = await h.RunAsync();

        Assert.Equal(SyncOutcome.PartiallySucceeded, result.Outcome);
        Assert.Equal(2, h.Google.Live.Count());
        var failure = Assert.Single(await h.Store.GetFailuresAsync("plan-1", default));
        Assert.Equal("AMBIGUOUS_MATCH", failure.Code);
    }

    [Fact]
    public async Task RunAsync_RecordFailsOnce_IsRetriedNextRunAndResolved()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteGoogle = false };
        h.Google.Add(true, null, (Family, "Fails"), (Work, "fails@example.com"));
        h.Crm.FailWrite = w => new Ports.WriteOutcome(w.Key, false, Code: "INVALID_DATA", Message: "boom");

        var first = await h.RunAsync();
        Assert.Equal(1, first.Errors);
        Assert.Single(await h.Store.GetFailuresAsync("plan-1", default));

        h.Crm.FailWrite = null;
        var second = await h.RunAsync();

        Assert.Equal(1, second.Crm.Created);
        Assert.Empty(await h.Store.GetFailuresAsync("plan-1", default));
    }

    [Fact]
    public async Task RunAsync_InterruptedCrmCreate_IsSettledWithoutDuplicate()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteGoogle = false };
        var name = h.Google.Add(true, null, (Given, "Nomail"), (Family, "Person"));

        // Simulate a run that wrote its intent and created the record, then died before linking.
        await h.Store.ApplyAsync("plan-1", Intent(name), default);
        var created = h.Crm.Add(("First_Name", "Nomail"), ("Last_Name", "Person"));
        h.Crm.OutOfView.Add(created);

        await h.RunAsync();

        Assert.Single(h.Crm.Records);
        Assert.Empty(await h.Store.GetPendingAsync("plan-1", default));
        Assert.Equal(1, await h.Store.CountLinksAsync("plan-1", default));

        static StateChanges Intent(string name)
        {
            var changes = new StateChanges();
            changes.AddPending.Add(new PendingCrmCreate(name, "", "Person", "Nomail"));
            return changes;
        }
    }
}
