using ContactSync.Core.State;
using ContactSync.Server.Runs.Launching;
using ContactSync.Testing.State;

namespace ContactSync.Server.Tests.Runs;

/// <summary>
/// A run's first state reads start when its plan's lease is taken (<see cref="PrefetchedStateStore"/>): what they serve,
/// to whom, and when the inner store is asked again.
/// </summary>
public sealed class PrefetchedStateStoreTests
{
    private const string Plan = "pln_1";
    private static readonly SyncCursor First = new(true, DateTimeOffset.UnixEpoch, null, "token-1", 0);
    private static readonly SyncCursor Later = new(true, DateTimeOffset.UnixEpoch.AddDays(1), null, "token-2", 0);

    [Fact]
    public async Task TheCursorFailuresAndIntents_AreRead_BeforeAnyoneAsks()
    {
        var inner = new InMemorySyncStateStore();

        _ = PrefetchedStateStore.Start(inner, Plan, CancellationToken.None);

        await Task.WhenAll(inner.CursorRead.Task, inner.FailuresRead.Task, inner.PendingRead.Task).WaitAsync(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task TheCursorReadFirst_IsServed_UntilTheStoreWrites()
    {
        var inner = new InMemorySyncStateStore();
        await inner.SaveCursorAsync(Plan, First, CancellationToken.None);
        var store = PrefetchedStateStore.Start(inner, Plan, CancellationToken.None);
        await inner.CursorRead.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await inner.SaveCursorAsync(Plan, Later, CancellationToken.None);

        Assert.Equal(First, await store.GetCursorAsync(Plan, CancellationToken.None));
        Assert.Equal(First, await store.GetCursorAsync(Plan, CancellationToken.None));

        await store.ApplyAsync(Plan, new StateChanges(), CancellationToken.None);
        Assert.Equal(Later, await store.GetCursorAsync(Plan, CancellationToken.None));
    }

    [Fact]
    public async Task EachList_IsServedToTheFirstCallOnly()
    {
        var inner = new InMemorySyncStateStore();
        await inner.ApplyAsync(Plan, Pending("people/c1"), CancellationToken.None);
        var store = PrefetchedStateStore.Start(inner, Plan, CancellationToken.None);
        await inner.PendingRead.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await inner.ApplyAsync(Plan, Pending("people/c2"), CancellationToken.None);

        Assert.Equal(["people/c1"], (await store.GetPendingAsync(Plan, CancellationToken.None)).Select(p => p.GoogleResourceName));
        Assert.Equal(["people/c1", "people/c2"], (await store.GetPendingAsync(Plan, CancellationToken.None)).Select(p => p.GoogleResourceName).Order());
    }

    [Fact]
    public async Task AnotherPlansReads_GoToTheInnerStore()
    {
        var inner = new InMemorySyncStateStore();
        await inner.SaveCursorAsync(Plan, First, CancellationToken.None);
        await inner.SaveCursorAsync("pln_2", Later, CancellationToken.None);

        var store = PrefetchedStateStore.Start(inner, Plan, CancellationToken.None);

        Assert.Equal(Later, await store.GetCursorAsync("pln_2", CancellationToken.None));
        Assert.Equal(First, await store.GetCursorAsync(Plan, CancellationToken.None));
    }

    private static StateChanges Pending(string resourceName)
    {
        var changes = new StateChanges();
        changes.AddPending.Add(new PendingCrmCreate(resourceName, resourceName + "@example.com", "Last", "First"));
        return changes;
    }
}
