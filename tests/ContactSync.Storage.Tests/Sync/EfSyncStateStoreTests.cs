using ContactSync.Core.State;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Sync;
using ContactSync.Storage.Tests.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>What only the database store does beyond the contract: a run's failures and notes become its listed errors.</summary>
public abstract class EfSyncStateStoreTests(StorageFixture storage)
{
    private IRunErrorRepository Errors => storage.Services.GetRequiredService<IRunErrorRepository>();

    private ISyncStateStore StoreForRun(string runId) => storage.Services.GetRequiredService<ISyncStateStoreFactory>().ForRun(runId);

    [Fact]
    public async Task WithARunId_FailuresAndNotes_AreListedAsTheRunsErrors_UnderTheExistingRecordsId()
    {
        var plan = StorageFixture.NewPlanId();
        var runId = "run-" + Guid.NewGuid().ToString("N");
        var store = StoreForRun(runId);
        var createFailed = new RecordFailure(SideKind.Crm, "people/c1", "ada@example.test", "MANDATORY_NOT_FOUND", "Last_Name is required.", "", "people/c1");
        var note = new RecordFailure(SideKind.Google, "people/c2", "bob@example.test", "VALUE_NOT_WRITTEN", "Birthday not written.", "2", "people/c2") { Note = true, Field = "Date_of_Birth" };
        var changes = new StateChanges();
        changes.Failures.Add(createFailed);
        changes.Notes.Add(note);
        await store.ApplyAsync(plan, changes, CancellationToken.None);
        var again = new StateChanges();
        again.Failures.Add(createFailed with { Code = "INVALID_DATA" });
        await store.ApplyAsync(plan, again, CancellationToken.None);

        var errors = await Errors.ErrorsOfRunAsync(runId, 0, 10, CancellationToken.None);

        Assert.Equal(
            [("Crm", "", "MANDATORY_NOT_FOUND", 0, false), ("Google", "people/c2", "VALUE_NOT_WRITTEN", 0, true), ("Crm", "", "INVALID_DATA", 1, false)],
            errors.Select(e => (e.Side, e.RecordId, e.Code, e.Retries, e.Note)));
        Assert.Equal("Date_of_Birth", errors[1].Field);
        var failure = Assert.Single(await store.GetFailuresAsync(plan, CancellationToken.None));
        Assert.Equal(("INVALID_DATA", 1), (failure.Code, failure.Retries));
    }

    [Fact]
    public async Task WithoutARunId_NothingIsListedAsARunsError()
    {
        var plan = StorageFixture.NewPlanId();
        var changes = new StateChanges();
        changes.Failures.Add(new RecordFailure(SideKind.Google, "people/c1", "", "QUOTA", "Quota exceeded.", "1", "people/c1"));
        await StoreForRun("").ApplyAsync(plan, changes, CancellationToken.None);

        var errors = await Errors.ErrorsOfRunAsync("", 0, 10, CancellationToken.None);

        Assert.Empty(errors);
        Assert.Single(await storage.Services.GetRequiredService<ISyncStateStore>().GetFailuresAsync(plan, CancellationToken.None));
    }

    [Fact]
    public async Task ACursorSavedAgain_IsOneStatement_AndReadsBackWhole()
    {
        var plan = StorageFixture.NewPlanId();
        var first = new SyncCursor(true, new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), null, "token-1", 0, null);
        var store = StoreForRun("");
        await store.SaveCursorAsync(plan, first, CancellationToken.None);
        var next = new SyncCursor(true, first.CrmWatermark!.Value.AddMinutes(5), first.CrmWatermark.Value.AddMinutes(4), "token-2", 7,
            new GoogleRoomWait(first.CrmWatermark.Value.AddMinutes(1), 3));

        using (var log = new CommandLog(plan))
        {
            await store.SaveCursorAsync(plan, next, CancellationToken.None);
            Assert.Single(log.Commands); // a run waits for it at its end: one round trip, not a read and a write
        }

        Assert.Equal(next, await store.GetCursorAsync(plan, CancellationToken.None));
    }

    [Fact]
    public async Task ABigBatch_LooksUpWhatItReplacesWithAFewQueries_NotOnePerRecord()
    {
        const int records = 1_000;
        var plan = StorageFixture.NewPlanId();
        var store = StoreForRun("");
        await store.ApplyAsync(plan, BatchOfRecords.FirstSync(10), CancellationToken.None);

        using var log = new CommandLog(plan);
        await store.ApplyAsync(plan, BatchOfRecords.FirstSync(records, etag: "etag-2"), CancellationToken.None);

        // The rows a batch replaces are looked up in chunks of 500 keys: a few queries. Checking each intent on its own
        // (as it was) sent one query per record.
        Assert.InRange(log.Queries, 0, 12);
        Assert.Equal(records, (await store.GetPendingAsync(plan, CancellationToken.None)).Count);
        var links = await store.GetLinksByCrmIdAsync(plan, ["crm0", "crm999"], CancellationToken.None);
        Assert.All(links.Values, l => Assert.Equal("etag-2", l.GoogleEtag));
        Assert.Equal(records, await store.CountLinksAsync(plan, CancellationToken.None));
    }
}
