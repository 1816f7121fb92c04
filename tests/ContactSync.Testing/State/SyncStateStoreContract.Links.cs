using ContactSync.Core.State;

namespace ContactSync.Testing.State;

/// <summary>Links: by CRM id and by Google resource name.</summary>
public abstract partial class SyncStateStoreContract
{
    [Fact]
    public async Task Link_Upserted_IsFoundByCrmIdAndByGoogleName_WithItsSnapshot()
    {
        var plan = NewPlan();
        var link = Link("1001", "people/c1001");
        await ApplyAsync(plan, c => c.UpsertLinks.AddRange([link, Link("1002", "people/c1002", "bob@example.test")]));

        var byCrm = await Store.GetLinksByCrmIdAsync(plan, ["1001", "1001", "9999"], CancellationToken.None);
        var byGoogle = await Store.GetLinksByGoogleNameAsync(plan, ["people/c1001", "people/c9999"], CancellationToken.None);

        Assert.Equal(["1001"], byCrm.Keys);
        AssertSameLink(link, byCrm["1001"]);
        Assert.Equal(["people/c1001"], byGoogle.Keys);
        AssertSameLink(link, byGoogle["people/c1001"]);
        Assert.True(byGoogle["people/c1001"].Snapshot[MobileKey].Converted);
        Assert.False(byGoogle["people/c1001"].Snapshot[EmailKey].Converted);
    }

    [Fact]
    public async Task Links_AreKeptPerPlan()
    {
        var plan = NewPlan();
        var other = NewPlan();
        await ApplyAsync(plan, c => c.UpsertLinks.Add(Link("1", "people/c1")));
        await ApplyAsync(other, c => c.UpsertLinks.Add(Link("1", "people/c2")));

        Assert.Equal("people/c1", (await LinkOfCrmAsync(plan, "1"))?.GoogleResourceName);
        Assert.Equal("people/c2", (await LinkOfCrmAsync(other, "1"))?.GoogleResourceName);
        Assert.Null(await LinkOfGoogleAsync(plan, "people/c2"));
        Assert.Empty(await Store.GetLinksByCrmIdAsync(NewPlan(), ["1"], CancellationToken.None));
    }

    [Fact]
    public async Task Link_UpsertedAgain_ReplacesTheOldOne_AndItsGoogleName()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertLinks.Add(Link("1", "people/old")));
        var moved = Link("1", "people/new", "ada.new@example.test", detached: true);

        await ApplyAsync(plan, c => c.UpsertLinks.Add(moved));

        AssertSameLink(moved, await LinkOfCrmAsync(plan, "1"));
        AssertSameLink(moved, await LinkOfGoogleAsync(plan, "people/new"));
        Assert.Null(await LinkOfGoogleAsync(plan, "people/old"));
    }

    [Fact]
    public async Task Link_OfAGoogleContactHeldUnderAnotherCrmId_ReplacesThatPair()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertLinks.AddRange([Link("1", "people/c1"), Link("2", "people/c2")]));

        await ApplyAsync(plan, c => c.UpsertLinks.Add(Link("3", "people/c1")));

        Assert.Null(await LinkOfCrmAsync(plan, "1"));
        Assert.Equal("3", (await LinkOfGoogleAsync(plan, "people/c1"))?.CrmId);
        Assert.NotNull(await LinkOfCrmAsync(plan, "2"));
        Assert.Equal(2, await Store.CountLinksAsync(plan, CancellationToken.None));
    }

    [Fact]
    public async Task Links_RemovedByCrmId_AreGoneUnderBothKeys_AndUnknownIdsAreIgnored()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertLinks.AddRange([Link("1", "people/c1"), Link("2", "people/c2")]));

        await ApplyAsync(plan, c => c.RemoveLinksByCrmId.AddRange(["1", "404"]));

        Assert.Null(await LinkOfCrmAsync(plan, "1"));
        Assert.Null(await LinkOfGoogleAsync(plan, "people/c1"));
        Assert.NotNull(await LinkOfCrmAsync(plan, "2"));
    }

    [Fact]
    public async Task Links_RemovedAndUpsertedInOneBatch_EndUpsertedWithTheNewValues()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertLinks.Add(Link("1", "people/c1")));
        var again = Link("1", "people/c7", "new@example.test");

        await ApplyAsync(plan, c =>
        {
            c.RemoveLinksByCrmId.Add("1");
            c.UpsertLinks.Add(again);
        });

        AssertSameLink(again, await LinkOfCrmAsync(plan, "1"));
        Assert.Null(await LinkOfGoogleAsync(plan, "people/c1"));
    }

    [Fact]
    public async Task Links_ManyInOneBatch_AreAllWrittenAndRead()
    {
        const int count = 1_234;
        var plan = NewPlan();
        var crmIds = Enumerable.Range(1, count).Select(i => "crm" + i).ToList();
        await ApplyAsync(plan, c => c.UpsertLinks.AddRange(crmIds.Select(id => Link(id, "people/" + id))));

        var byCrm = await Store.GetLinksByCrmIdAsync(plan, crmIds, CancellationToken.None);
        var byGoogle = await Store.GetLinksByGoogleNameAsync(plan, crmIds.Select(id => "people/" + id).ToList(), CancellationToken.None);

        Assert.Equal(count, byCrm.Count);
        Assert.Equal(count, byGoogle.Count);
        Assert.All(byGoogle, kv => Assert.Equal(kv.Key, "people/" + kv.Value.CrmId));
        Assert.Equal(count, await Store.CountLinksAsync(plan, CancellationToken.None));
    }
}
