using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

/// <summary>
/// Targeted incremental runs (near-real-time, <see cref="Core.Engine.SyncRunRequest.CrmIds"/>): the given CRM records are
/// read by id, then the changes since the watermark (the catch-up read), and the watermark advances as in any incremental run.
/// </summary>
public sealed class TargetedRunTests
{
    private const string Title = "organizations[0].title";
    private const string Mobile = "phoneNumbers[type=mobile]";

    [Fact]
    public async Task RunTargetedAsync_AnEditWhoseNotificationWasLost_IsSyncedByTheNextNotifiedRun()
    {
        var h = new EngineHarness();
        var hinted = h.Crm.Add(("Last_Name", "Hinted"), ("Email", "hinted@example.com"), ("Title", "Before"));
        var other = h.Crm.Add(("Last_Name", "Other"), ("Email", "other@example.com"), ("Title", "Before"));
        await h.RunAsync();
        var googleOf = h.Google.Live.ToDictionary(c => c.CrmRef!, c => c.ResourceName);

        // "other" was edited too, but its notification never came: the run for "hinted" picks it up with the catch-up read.
        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Crm.Edit(other, ("Title", "Not hinted"));
        h.Crm.Edit(hinted, ("Title", "Hinted title"));
        h.Google.Edit(googleOf[other], (Mobile, "+1 555 0100"));
        var targeted = await h.RunTargetedAsync(hinted);

        Assert.Equal("Hinted title", h.Google.Contacts[googleOf[hinted]][Title]);
        Assert.Equal("Not hinted", h.Google.Contacts[googleOf[other]][Title]);
        Assert.Equal("+1 555 0100", h.Crm.Records[other]["Mobile"]);
        Assert.Equal(2, targeted.Google.Updated);
        Assert.Equal(1, targeted.Crm.Updated);
    }

    [Fact]
    public async Task RunTargetedAsync_NotifiedRecordTheListDoesNotShowYet_IsReadById()
    {
        var h = new EngineHarness();
        var hinted = h.Crm.Add(("Last_Name", "Hinted"), ("Email", "hinted@example.com"), ("Title", "Before"));
        await h.RunAsync();
        var google = h.Google.Live.Single().ResourceName;

        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Crm.Edit(hinted, ("Title", "Lagging"));
        h.Crm.HiddenFromList.Add(hinted);
        var targeted = await h.RunTargetedAsync(hinted);

        Assert.Equal(0, h.Crm.LastListCount);
        Assert.Equal("Lagging", h.Google.Contacts[google][Title]);
        Assert.Equal(1, targeted.Google.Updated);
    }

    [Fact]
    public async Task RunTargetedAsync_AdvancesTheWatermark_AndItsOwnWritesAreNotTakenForEdits()
    {
        var h = new EngineHarness();
        var hinted = h.Crm.Add(("Last_Name", "Hinted"), ("Email", "hinted@example.com"), ("Title", "Before"));
        var other = h.Crm.Add(("Last_Name", "Other"), ("Email", "other@example.com"), ("Title", "Before"));
        await h.RunAsync();
        var googleOf = h.Google.Live.ToDictionary(c => c.CrmRef!, c => c.ResourceName);

        // A Google edit written to the CRM by a targeted run changes the record's Modified_Time there.
        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Crm.Edit(hinted, ("Title", "Hinted title"));
        h.Google.Edit(googleOf[other], (Mobile, "+1 555 0100"));
        var first = await h.RunTargetedAsync(hinted);
        Assert.Equal(1, first.Crm.Updated);
        Assert.Equal(1, first.Google.Updated);

        // The next targeted run's catch-up read sees that write (it is after the watermark) and writes nothing back.
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await h.RunTargetedAsync(hinted);
        Assert.Equal(0, second.Google.Updated + second.Google.Created + second.Crm.Updated + second.Crm.Created);

        // The watermark moved past everything the targeted runs read: an ordinary run lists nothing again.
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var ordinary = await h.RunAsync();
        Assert.Equal(0, h.Crm.LastListCount);
        Assert.Equal(0, ordinary.Google.Updated + ordinary.Crm.Updated);
    }

    [Fact]
    public async Task RunTargetedAsync_RecordOutsideTheView_IsNotSynced()
    {
        var h = new EngineHarness();
        h.Settings = h.Settings with { WriteCrm = false };
        await h.RunAsync();
        var outside = h.Crm.Add(("Last_Name", "Outside"), ("Email", "outside@example.com"));
        h.Crm.OutOfView.Add(outside);

        var result = await h.RunTargetedAsync(outside, "4242424242");

        Assert.Empty(h.Google.Live);
        Assert.Equal(0, result.Google.Created);
    }

    [Fact]
    public async Task RunTargetedAsync_FirstRunOfAPlan_IsFullWhateverTheIds()
    {
        var h = new EngineHarness();
        h.Crm.Add(("Last_Name", "One"), ("Email", "one@example.com"));
        h.Crm.Add(("Last_Name", "Two"), ("Email", "two@example.com"));

        var result = await h.RunTargetedAsync();

        Assert.Equal(2, result.Google.Created);
        Assert.Equal(2, h.Google.Live.Count());
    }
}
