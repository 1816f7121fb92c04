using ContactSync.Core.State;

namespace ContactSync.Testing.State;

/// <summary>Failures (one record fails once, retries counted, resolutions) and notes.</summary>
public abstract partial class SyncStateStoreContract
{
    [Fact]
    public async Task Failure_Recorded_IsListedWithEveryDetail_AndNoRetriesYet()
    {
        var plan = NewPlan();
        var failure = Failure(SideKind.Crm, "1", "1", "people/c1") with { DuplicateRecordId = "77", DuplicateOwner = "Ann Owner", Retries = 5 };

        await ApplyAsync(plan, c => c.Failures.Add(failure));

        Assert.Equal([failure with { Retries = 0 }], await FailuresAsync(plan));
        Assert.Empty(await FailuresAsync(NewPlan()));
    }

    [Fact]
    public async Task Failure_OfTheSameRecordAgain_ReplacesIt_AndCountsTheRetries()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.Failures.Add(Failure(SideKind.Google, "people/c1", "1", "people/c1")));
        await ApplyAsync(plan, c => c.Failures.Add(Failure(SideKind.Google, "people/c1", "1", "people/c1", "STALE_ETAG")));
        await ApplyAsync(plan, c => c.Failures.Add(Failure(SideKind.Google, "people/c1", "1", "people/c1", "QUOTA")));

        var failure = Assert.Single(await FailuresAsync(plan));
        Assert.Equal(("QUOTA", 2), (failure.Code, failure.Retries));
    }

    [Fact]
    public async Task Failure_UnderThePairsOtherId_ReplacesTheEarlierOne_AndCountsOn()
    {
        var plan = NewPlan();

        // A CRM create failed (no CRM record yet: recorded under the Google contact), then the record exists and fails again.
        await ApplyAsync(plan, c => c.Failures.Add(Failure(SideKind.Crm, "people/c1", "", "people/c1")));
        await ApplyAsync(plan, c => c.Failures.Add(Failure(SideKind.Crm, "1", "1", "people/c1")));

        var failure = Assert.Single(await FailuresAsync(plan));
        Assert.Equal(("1", 1), (failure.RecordId, failure.Retries));
    }

    [Fact]
    public async Task Failure_TwiceInOneBatch_IsOneFailure_CountedOnce()
    {
        var plan = NewPlan();

        await ApplyAsync(plan, c => c.Failures.AddRange([
            Failure(SideKind.Crm, "people/c1", "", "people/c1"),
            Failure(SideKind.Crm, "1", "1", "people/c1", "DUPLICATE_DATA"),
        ]));

        var failure = Assert.Single(await FailuresAsync(plan));
        Assert.Equal(("1", "DUPLICATE_DATA", 1), (failure.RecordId, failure.Code, failure.Retries));
    }

    [Fact]
    public async Task Failures_OfTheTwoSidesOfOnePair_AreKeptApart()
    {
        var plan = NewPlan();

        await ApplyAsync(plan, c => c.Failures.AddRange([Failure(SideKind.Crm, "1", "1", "people/c1"), Failure(SideKind.Google, "people/c1", "1", "people/c1")]));

        Assert.Equal([(SideKind.Crm, 0), (SideKind.Google, 0)], (await FailuresAsync(plan)).Select(f => (f.Side, f.Retries)));
    }

    [Fact]
    public async Task Resolution_RemovesTheFailuresNamingTheCrmIdOrTheGoogleName_OnBothSides()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.Failures.AddRange([
            Failure(SideKind.Crm, "1", "1", "people/c1"),
            Failure(SideKind.Google, "people/c1", "1", "people/c1"),
            Failure(SideKind.Google, "people/c2", "", "people/c2"),
            Failure(SideKind.Crm, "3", "3", ""),
            Failure(SideKind.Crm, "4", "4", "people/c4"),
        ]));

        await ApplyAsync(plan, c => c.ResolvedFailures.AddRange([("1", ""), ("", "people/c2"), ("3", "people/c404")]));

        Assert.Equal(["4"], (await FailuresAsync(plan)).Select(f => f.RecordId));
    }

    [Fact]
    public async Task Resolution_AndANewFailureInOneBatch_LeaveTheNewFailure_WithNoRetries()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.Failures.Add(Failure(SideKind.Crm, "1", "1", "people/c1")));

        await ApplyAsync(plan, c =>
        {
            c.ResolvedFailures.Add(("1", "people/c1"));
            c.Failures.Add(Failure(SideKind.Crm, "1", "1", "people/c1", "INVALID_DATA"));
        });

        var failure = Assert.Single(await FailuresAsync(plan));
        Assert.Equal(("INVALID_DATA", 0), (failure.Code, failure.Retries));
    }

    [Fact]
    public async Task Notes_AreNotFailures_AndLeaveAFailingRecordsFailureAsItWas()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.Failures.Add(Failure(SideKind.Crm, "1", "1", "people/c1")));
        var note = Failure(SideKind.Crm, "1", "1", "people/c1", "VALUE_NOT_WRITTEN") with { Note = true };
        var other = Failure(SideKind.Crm, "2", "2", "people/c2", "VALUE_NOT_WRITTEN") with { Note = true };

        var batch = new StateChanges();
        batch.Notes.AddRange([note, other]);
        Assert.False(batch.IsEmpty);
        await Store.ApplyAsync(plan, batch, CancellationToken.None);

        var failure = Assert.Single(await FailuresAsync(plan));
        Assert.Equal(("1", "MANDATORY_NOT_FOUND", 0, false), (failure.RecordId, failure.Code, failure.Retries, failure.Note));
    }

    [Fact]
    public async Task Apply_OfABatchThatFailsPartWay_ChangesNothing()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c =>
        {
            c.UpsertLinks.Add(Link("1", "people/c1"));
            c.UpsertSeen.Add(new SeenRecord(SideKind.Crm, "1", "ada@example.test", null, true));
            c.Failures.Add(Failure(SideKind.Crm, "1", "1", "people/c1"));
            c.AddPending.Add(new PendingCrmCreate("people/c9", "eve@example.test", "Eve", ""));
        });

        // Every kind of change first, then an entry the store cannot apply (as a bug in a caller could send).
        await Assert.ThrowsAnyAsync<Exception>(() => ApplyAsync(plan, c =>
        {
            c.RemoveLinksByCrmId.Add("1");
            c.UpsertLinks.Add(Link("2", "people/c2"));
            c.RemoveSeen.Add((SideKind.Crm, "1"));
            c.ResolvedFailures.Add(("1", ""));
            c.RemovePending.Add("people/c9");
            c.AddPending.Add(new PendingCrmCreate("people/c8", "", "Doe", ""));
            c.Failures.Add(null!);
        }));

        Assert.NotNull(await LinkOfCrmAsync(plan, "1"));
        Assert.Null(await LinkOfCrmAsync(plan, "2"));
        Assert.Single(await Store.FindSeenAsync(plan, SideKind.Crm, ["ada@example.test"], [], CancellationToken.None));
        Assert.Single(await FailuresAsync(plan));
        Assert.Equal(["people/c9"], (await Store.GetPendingAsync(plan, CancellationToken.None)).Select(p => p.GoogleResourceName));
    }

    [Fact]
    public async Task Apply_OfAnEmptyBatch_ChangesNothing()
    {
        var plan = NewPlan();
        await ApplyAsync(plan, c => c.UpsertLinks.Add(Link("1", "people/c1")));

        await Store.ApplyAsync(plan, new StateChanges(), CancellationToken.None);

        Assert.NotNull(await LinkOfCrmAsync(plan, "1"));
        Assert.Equal(1, await Store.CountLinksAsync(plan, CancellationToken.None));
    }
}
