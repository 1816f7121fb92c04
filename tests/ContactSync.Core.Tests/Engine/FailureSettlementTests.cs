using ContactSync.Core.Ports;
using ContactSync.Core.State;
using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

/// <summary>A failing record stops failing when its record syncs, by whichever path and under whichever key.</summary>
public sealed class FailureSettlementTests
{
    private const string Plan = "plan-1";
    private const string Work = "emailAddresses[type=work]";
    private const string Given = "names[0].givenName";
    private const string Family = "names[0].familyName";

    [Fact]
    public async Task FailedCrmCreate_PairedLaterUnderTheCrmId_FailureEnds()
    {
        var h = await WithFailedCrmCreateAsync("ada@example.com");

        // Someone creates the record in the CRM by hand; the pair now syncs from the CRM page, keyed by the CRM id.
        h.Crm.FailWrite = null;
        h.Crm.Add(("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("Email", "ada@example.com"));
        var second = await h.RunAsync();

        Assert.Equal(0, second.Errors);
        Assert.Single(h.Crm.Records);
        Assert.Equal(1, await h.Store.CountLinksAsync(Plan, default));
        Assert.Empty(await h.Store.GetFailuresAsync(Plan, default));
    }

    [Fact]
    public async Task FailedCrmCreate_SettledByAWriteAheadIntent_FailureEnds()
    {
        var h = await WithFailedCrmCreateAsync("grace@example.com");
        var name = Assert.Single(h.Google.Live).ResourceName;

        // The create did reach the CRM before the answer was lost; the intent left behind pairs the records.
        h.Crm.FailWrite = null;
        var created = h.Crm.Add(("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("Email", "grace@example.com"));
        h.Crm.OutOfView.Add(created);
        var intent = new StateChanges();
        intent.AddPending.Add(new PendingCrmCreate(name, "grace@example.com", "Lovelace", "Ada"));
        await h.Store.ApplyAsync(Plan, intent, default);

        await h.RunAsync();

        Assert.Single(h.Crm.Records);
        Assert.Equal(1, await h.Store.CountLinksAsync(Plan, default));
        Assert.Empty(await h.Store.GetFailuresAsync(Plan, default));
    }

    [Fact]
    public async Task FailedCrmCreate_GoogleContactDeleted_FailureEnds()
    {
        var h = await WithFailedCrmCreateAsync("gone@example.com");
        h.Google.Delete(Assert.Single(h.Google.Live).ResourceName);

        await h.RunAsync();

        Assert.Empty(h.Crm.Records);
        Assert.Empty(await h.Store.GetFailuresAsync(Plan, default));
    }

    [Fact]
    public async Task FailedCrmCreate_GoogleContactLeftTheGroup_FailureEnds()
    {
        var h = await WithFailedCrmCreateAsync("left@example.com");
        h.Crm.FailWrite = null;
        h.Google.SetGroup(Assert.Single(h.Google.Live).ResourceName, false);

        await h.RunAsync();

        Assert.Empty(h.Crm.Records);
        Assert.Empty(await h.Store.GetFailuresAsync(Plan, default));
    }

    [Fact]
    public async Task FailedCrmCreate_PlanNoLongerWritesTheCrm_FailureEnds()
    {
        var h = await WithFailedCrmCreateAsync("oneway@example.com");
        h.Settings = h.Settings with { WriteCrm = false };

        await h.RunAsync();

        Assert.Empty(h.Crm.Records);
        Assert.Empty(await h.Store.GetFailuresAsync(Plan, default));
    }

    [Fact]
    public async Task AmbiguousCrmRecord_DeletedInTheCrm_FailureEnds()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        var id = h.Crm.Add(("Last_Name", "Twin"), ("Email", "twin@example.com"));
        h.Google.Add(true, null, (Family, "Twin 1"), (Work, "twin@example.com"));
        h.Google.Add(true, null, (Family, "Twin 2"), (Work, "twin@example.com"));
        await h.RunAsync();
        Assert.Equal("AMBIGUOUS_MATCH", Assert.Single(await h.Store.GetFailuresAsync(Plan, default)).Code);

        h.Crm.Delete(id);
        await h.RunAsync();

        Assert.Empty(await h.Store.GetFailuresAsync(Plan, default));
    }

    [Fact]
    public async Task FailedUpdateOfAPair_OtherRecordDeleted_FailureEndsWithTheDetach()
    {
        var h = new EngineHarness();
        var id = h.Crm.Add(("Last_Name", "Pair"), ("Email", "pair@example.com"));
        await h.RunAsync();
        var name = Assert.Single(h.Google.Live).ResourceName;
        h.Crm.FailWrite = w => w.Id is null ? null : new WriteOutcome(w.Key, false, Code: "INVALID_DATA", Message: "refused");
        h.Google.Edit(name, (Given, "Changed"));
        await h.RunAsync();
        Assert.Equal(id, Assert.Single(await h.Store.GetFailuresAsync(Plan, default)).RecordId);

        h.Google.Delete(name);
        await h.RunAsync();

        Assert.Empty(await h.Store.GetFailuresAsync(Plan, default));
    }

    [Fact]
    public async Task FailedCreate_ThenFailedUpdateOfTheSamePair_IsOneFailingRecord()
    {
        var h = await WithFailedCrmCreateAsync("once@example.com");

        // The record now exists in the CRM, but writing to it fails too: one failing record, counted once.
        h.Crm.Add(("First_Name", "Someone"), ("Last_Name", "Else"), ("Email", "once@example.com"));
        h.Crm.FailWrite = w => new WriteOutcome(w.Key, false, Code: "INVALID_DATA", Message: "still refused");
        h.Settings = h.Settings with { CrmWinsConflicts = false };
        await h.RunAsync();

        var failure = Assert.Single(await h.Store.GetFailuresAsync(Plan, default));
        Assert.Equal(SideKind.Crm, failure.Side);
        Assert.Equal(1, failure.Retries);
    }

    /// <summary>One Google contact whose CRM create was refused: a failure keyed by the Google resource name.</summary>
    private static async Task<EngineHarness> WithFailedCrmCreateAsync(string email)
    {
        var h = new EngineHarness();
        h.Google.Add(true, null, (Given, "Ada"), (Family, "Lovelace"), (Work, email));
        h.Crm.FailWrite = w => new WriteOutcome(w.Key, false, Code: "INVALID_DATA", Message: "refused");
        var first = await h.RunAsync();
        Assert.Equal(1, first.Errors);
        var failure = Assert.Single(await h.Store.GetFailuresAsync(Plan, default));
        Assert.Equal(SideKind.Crm, failure.Side);
        Assert.Equal("", failure.CrmId);
        return h;
    }
}
