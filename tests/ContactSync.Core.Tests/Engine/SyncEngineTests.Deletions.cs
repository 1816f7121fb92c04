using ContactSync.Core.Plans;
using ContactSync.Core.Engine;
using ContactSync.Core.State;
using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

public sealed partial class SyncEngineTests
{
    [Fact]
    public async Task RunAsync_DeleteWithKeepPolicy_DetachesAndNeverResurrects()
    {
        var h = new EngineHarness();
        var id = h.Crm.Add(("Last_Name", "Keep"), ("Email", "keep@example.com"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;

        h.Google.Delete(name);
        var result = await h.RunAsync();
        h.Crm.Edit(id, ("Title", "Still here"));
        await h.RunAsync(full: true);

        Assert.True(h.Crm.Records.ContainsKey(id));
        Assert.Empty(h.Google.Live);
        Assert.Equal(0, result.Crm.Deleted);
    }

    [Fact]
    public async Task RunAsync_DeleteWithPropagatePolicy_DeletesOtherSide()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Deletion = DeletionPolicy.Propagate };
        var id = h.Crm.Add(("Last_Name", "Gone"), ("Email", "gone@example.com"));
        await h.RunAsync();

        h.Crm.Delete(id);
        var result = await h.RunAsync();

        Assert.Empty(h.Google.Live);
        Assert.Equal(1, result.Google.Deleted);
        Assert.Equal(0, await h.Store.CountLinksAsync("plan-1", default));
    }

    [Fact]
    public async Task RunAsync_DeleteWithQuarantinePolicy_MovesToTrash()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Deletion = DeletionPolicy.Quarantine };
        h.Crm.Add(("Last_Name", "Q"), ("Email", "q@example.com"));
        var id2 = h.Crm.Add(("Last_Name", "R"), ("Email", "r@example.com"));
        await h.RunAsync();
        var googleName = h.Google.Live.Single(c => c["emailAddresses[type=work]"] == "q@example.com").ResourceName;

        h.Google.Delete(googleName);
        var result = await h.RunAsync();

        Assert.Contains(h.Crm.Quarantined, q => q != id2);
        Assert.Equal(1, result.Crm.Deleted);
    }

    [Fact]
    public async Task RunAsync_MoreDeletionsThanThreshold_PausesWithoutWriting()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { Deletion = DeletionPolicy.Propagate, MassDeleteThreshold = 3 };
        var ids = Enumerable.Range(0, 5).Select(i => h.Crm.Add(("Last_Name", $"D{i}"), ("Email", $"d{i}@example.com"))).ToList();
        await h.RunAsync();
        var survivor = h.Crm.Add(("Last_Name", "New"), ("Email", "new@example.com"));
        foreach (var id in ids)
        {
            h.Crm.Delete(id);
        }

        var writes = h.Google.WriteCalls;
        var result = await h.RunAsync();

        Assert.Equal(SyncOutcome.PausedByBreaker, result.Outcome);
        Assert.Equal(writes, h.Google.WriteCalls);
        Assert.Equal(5, h.Google.Live.Count());
        Assert.DoesNotContain(h.Google.Live, c => c.CrmRef == survivor);
    }

    [Fact]
    public async Task RunAsync_CapsReached_CarriesBacklogToLaterRunsAndDropsNothing()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { FirstRunCap = 100, LaterRunCap = 60 };
        for (var i = 0; i < 250; i++)
        {
            h.Crm.Add(("Last_Name", $"Cap {i}"), ("Email", $"cap{i}@example.com"));
        }

        var first = await h.RunAsync();
        Assert.Equal(100, first.Google.Created);
        Assert.Equal(150, first.Backlog);

        var second = await h.RunAsync();
        Assert.Equal(60, second.Google.Created);
        Assert.Equal(90, second.Backlog);

        while ((await h.RunAsync()).Backlog > 0)
        {
        }

        Assert.Equal(250, h.Google.Live.Count());
        Assert.Equal(250, h.Google.Live.Select(c => c.CrmRef).Distinct().Count());
        Assert.True(h.Google.MaxWriteBatch <= 200);
    }

    [Fact]
    public async Task RunAsync_DryRun_WritesNothingAndReturnsThePlan()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "Dry"), ("Email", "dry@example.com"));
        h.Google.Add(true, null, (Family, "Run"), (Work, "run@example.com"));

        var result = await h.RunAsync(dryRun: true);

        Assert.Equal(0, h.Crm.WriteCalls);
        Assert.Equal(0, h.Google.WriteCalls);
        Assert.Equal(0, await h.Store.CountLinksAsync("plan-1", default));
        Assert.False((await h.Store.GetCursorAsync("plan-1", default)).Initialized);
        Assert.Contains(result.PlannedChanges, c => c.Action == PlannedAction.Create && c.Target == SideKind.Google && c.Email == "dry@example.com");
        Assert.Contains(result.PlannedChanges, c => c.Action == PlannedAction.Create && c.Target == SideKind.Crm && c.Fields.Any(f => f.NewValue == "Run"));
    }
}
