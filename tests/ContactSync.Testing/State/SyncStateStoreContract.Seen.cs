using ContactSync.Core.State;

namespace ContactSync.Testing.State;

/// <summary>Seen records and pending intents.</summary>
public abstract partial class SyncStateStoreContract
{
    [Fact]
    public async Task Seen_IsFoundByEmailOrCrossRef_OnItsOwnSideOnly()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertSeen.AddRange([
            new SeenRecord(SideKind.Crm, "1", "ada@example.test", "people/c1", true),
            new SeenRecord(SideKind.Crm, "2", "bob@example.test", null, false),
            new SeenRecord(SideKind.Crm, "3", "", "people/c3", true),
            new SeenRecord(SideKind.Google, "people/c4", "ada@example.test", "4", true),
        ]));

        var byEmail = await Store.FindSeenAsync(plan, SideKind.Crm, ["ada@example.test", "bob@example.test"], [], CancellationToken.None);
        var byRef = await Store.FindSeenAsync(plan, SideKind.Crm, [], ["people/c3"], CancellationToken.None);
        var google = await Store.FindSeenAsync(plan, SideKind.Google, ["ada@example.test"], [], CancellationToken.None);

        Assert.Equal(
            [new SeenRecord(SideKind.Crm, "1", "ada@example.test", "people/c1", true), new SeenRecord(SideKind.Crm, "2", "bob@example.test", null, false)],
            byEmail.OrderBy(s => s.Id, StringComparer.Ordinal));
        Assert.Equal([new SeenRecord(SideKind.Crm, "3", "", "people/c3", true)], byRef);
        Assert.Equal([new SeenRecord(SideKind.Google, "people/c4", "ada@example.test", "4", true)], google);
    }

    [Fact]
    public async Task Seen_FoundByBothKeys_IsListedOnce_AndEmptyKeysFindNothing()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertSeen.AddRange([
            new SeenRecord(SideKind.Google, "people/c1", "ada@example.test", "1", true),
            new SeenRecord(SideKind.Google, "people/c2", "", null, true),
        ]));

        var both = await Store.FindSeenAsync(plan, SideKind.Google, ["ada@example.test"], ["1"], CancellationToken.None);
        var empty = await Store.FindSeenAsync(plan, SideKind.Google, [""], [""], CancellationToken.None);

        Assert.Equal("people/c1", Assert.Single(both).Id);
        Assert.Empty(empty);
    }

    [Fact]
    public async Task Seen_UpsertedAgain_IsReplaced_AndRemovedIsGone()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertSeen.AddRange([
            new SeenRecord(SideKind.Crm, "1", "ada@example.test", null, true),
            new SeenRecord(SideKind.Crm, "2", "bob@example.test", null, true),
        ]));

        await ApplyAsync(plan, c =>
        {
            c.UpsertSeen.Add(new SeenRecord(SideKind.Crm, "1", "ada.new@example.test", "people/c1", false));
            c.RemoveSeen.Add((SideKind.Crm, "2"));
        });

        Assert.Empty(await Store.FindSeenAsync(plan, SideKind.Crm, ["ada@example.test", "bob@example.test"], [], CancellationToken.None));
        Assert.Equal(
            [new SeenRecord(SideKind.Crm, "1", "ada.new@example.test", "people/c1", false)],
            await Store.FindSeenAsync(plan, SideKind.Crm, ["ada.new@example.test"], [], CancellationToken.None));
    }

    [Fact]
    public async Task Pending_Added_IsListed_UntilRemoved()
    {
        var plan = NewPlan();
        var intent = new PendingCrmCreate("people/c1", "ada@example.test", "Lovelace", "Ada");
        await ApplyAsync(plan, c => c.AddPending.AddRange([intent, new PendingCrmCreate("people/c2", "", "(no name)", "")]));
        var listed = await Store.GetPendingAsync(plan, CancellationToken.None);

        await ApplyAsync(plan, c => c.RemovePending.AddRange(["people/c2", "people/c404"]));

        Assert.Equal(2, listed.Count);
        Assert.Contains(intent, listed);
        Assert.Equal([intent], await Store.GetPendingAsync(plan, CancellationToken.None));
    }

    [Fact]
    public async Task Pending_AddedTwice_IsOneIntent_AndSettledInTheSameBatch_IsNotPending()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.AddPending.Add(new PendingCrmCreate("people/c1", "ada@example.test", "Lovelace", "Ada")));

        await ApplyAsync(plan, c =>
        {
            c.AddPending.Add(new PendingCrmCreate("people/c1", "ada@example.test", "Lovelace", "Ada"));
            c.AddPending.Add(new PendingCrmCreate("people/c2", "bob@example.test", "Smith", "Bob"));
            c.RemovePending.Add("people/c2");
        });

        var pending = await Store.GetPendingAsync(plan, CancellationToken.None);
        Assert.Equal("people/c1", Assert.Single(pending).GoogleResourceName);
    }
}
