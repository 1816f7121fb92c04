using ContactSync.Core.State;

namespace ContactSync.Testing.State;

/// <summary>Cursors, counting and plan deletion.</summary>
public abstract partial class SyncStateStoreContract
{
    [Fact]
    public async Task Cursor_OfAPlanThatNeverRan_IsEmpty()
    {
        Assert.Equal(SyncCursor.Empty, await Store.GetCursorAsync(NewPlan(), CancellationToken.None));
    }

    [Fact]
    public async Task Cursor_Saved_IsReadBack_AndASecondSaveReplacesEveryValue()
    {
        var plan = NewPlan();
        var first = new SyncCursor(
            true,
            new DateTimeOffset(2026, 11, 1, 9, 30, 15, 123, TimeSpan.FromHours(2)),
            new DateTimeOffset(2026, 11, 1, 7, 0, 0, 5, TimeSpan.Zero),
            "sync-token-1",
            42);
        var second = new SyncCursor(true, new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), null, null, 0);

        await Store.SaveCursorAsync(plan, first, CancellationToken.None);
        var afterFirst = await Store.GetCursorAsync(plan, CancellationToken.None);
        await Store.SaveCursorAsync(plan, second, CancellationToken.None);
        var afterSecond = await Store.GetCursorAsync(plan, CancellationToken.None);

        Assert.Equal(first, afterFirst);
        Assert.Equal(first.CrmWatermark!.Value.UtcTicks, afterFirst.CrmWatermark!.Value.UtcTicks);
        Assert.Equal(second, afterSecond);
        Assert.Equal(SyncCursor.Empty, await Store.GetCursorAsync(NewPlan(), CancellationToken.None));
    }

    [Fact]
    public async Task Cursor_WithContactsWaitingForGoogleRoom_IsReadBack_AndClearedWhenNoneWait()
    {
        var plan = NewPlan();
        var since = new DateTimeOffset(2026, 11, 1, 9, 30, 15, TimeSpan.FromHours(2));
        var fromTheFirstRecord = new SyncCursor(true, since, since, "token", 1_000, new GoogleRoomWait(null, 1_000));
        var fromAWatermark = fromTheFirstRecord with { RoomWait = new GoogleRoomWait(since, 1_250) };

        await Store.SaveCursorAsync(plan, fromTheFirstRecord, CancellationToken.None);
        Assert.Equal(fromTheFirstRecord, await Store.GetCursorAsync(plan, CancellationToken.None));
        await Store.SaveCursorAsync(plan, fromAWatermark, CancellationToken.None);
        Assert.Equal(fromAWatermark, await Store.GetCursorAsync(plan, CancellationToken.None));
        await Store.SaveCursorAsync(plan, fromAWatermark with { RoomWait = null }, CancellationToken.None);

        Assert.Null((await Store.GetCursorAsync(plan, CancellationToken.None)).RoomWait);
    }

    [Fact]
    public async Task CountLinks_CountsThePairsThatStillSync_OfThisPlanOnly()
    {
        var plan = NewPlan();
        var other = NewPlan();
        await ApplyAsync(plan, c => c.UpsertLinks.AddRange([Link("1", "people/c1"), Link("2", "people/c2"), Link("3", "people/c3", detached: true)]));
        await ApplyAsync(other, c => c.UpsertLinks.Add(Link("1", "people/c1")));

        Assert.Equal(2, await Store.CountLinksAsync(plan, CancellationToken.None));
        Assert.Equal(1, await Store.CountLinksAsync(other, CancellationToken.None));
        Assert.Equal(0, await Store.CountLinksAsync(NewPlan(), CancellationToken.None));
    }

    [Fact]
    public async Task DeletePlanState_RemovesEverythingOfThePlan_AndNothingOfAnother()
    {
        var plan = NewPlan();
        var other = NewPlan();
        foreach (var id in new[] { plan, other })
        {
            await Store.SaveCursorAsync(id, new SyncCursor(true, null, null, "token", 3), CancellationToken.None);
            await ApplyAsync(id, c =>
            {
                c.UpsertLinks.Add(Link("1", "people/c1"));
                c.UpsertSeen.Add(new SeenRecord(SideKind.Crm, "1", "ada@example.test", null, true));
                c.Failures.Add(Failure(SideKind.Google, "2", "2", ""));
                c.AddPending.Add(new PendingCrmCreate("people/c9", "eve@example.test", "Eve", ""));
            });
        }

        await Store.DeletePlanStateAsync(plan, CancellationToken.None);

        Assert.Equal(SyncCursor.Empty, await Store.GetCursorAsync(plan, CancellationToken.None));
        Assert.Null(await LinkOfCrmAsync(plan, "1"));
        Assert.Equal(0, await Store.CountLinksAsync(plan, CancellationToken.None));
        Assert.Empty(await Store.FindSeenAsync(plan, SideKind.Crm, ["ada@example.test"], [], CancellationToken.None));
        Assert.Empty(await Store.GetFailuresAsync(plan, CancellationToken.None));
        Assert.Empty(await Store.GetPendingAsync(plan, CancellationToken.None));

        Assert.Equal("token", (await Store.GetCursorAsync(other, CancellationToken.None)).GoogleSyncToken);
        Assert.NotNull(await LinkOfCrmAsync(other, "1"));
        Assert.Single(await Store.FindSeenAsync(other, SideKind.Crm, ["ada@example.test"], [], CancellationToken.None));
        Assert.Single(await Store.GetFailuresAsync(other, CancellationToken.None));
        Assert.Single(await Store.GetPendingAsync(other, CancellationToken.None));
    }

    [Fact]
    public async Task DeletePlanState_OfAPlanWithoutState_DoesNothing()
    {
        var plan = NewPlan();

        await Store.DeletePlanStateAsync(plan, CancellationToken.None);

        Assert.Equal(SyncCursor.Empty, await Store.GetCursorAsync(plan, CancellationToken.None));
    }
}
