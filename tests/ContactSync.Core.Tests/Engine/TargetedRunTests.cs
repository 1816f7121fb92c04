using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

/// <summary>
/// Targeted incremental runs (near-real-time, <see cref="Core.Engine.SyncRunRequest.CrmIds"/>): only the given CRM records
/// are read, the CRM watermark stays, the Google changes are read as usual.
/// </summary>
public sealed class TargetedRunTests
{
    private const string Title = "organizations[0].title";
    private const string Mobile = "phoneNumbers[type=mobile]";

    [Fact]
    public async Task RunTargetedAsync_ReadsOnlyTheGivenRecordsAndTheGoogleChanges_TheNextRunStillReadsTheRest()
    {
        var h = new EngineHarness();
        var hinted = h.Crm.Add(("Last_Name", "Hinted"), ("Email", "hinted@example.com"), ("Title", "Before"));
        var other = h.Crm.Add(("Last_Name", "Other"), ("Email", "other@example.com"), ("Title", "Before"));
        await h.RunAsync();
        var googleOf = h.Google.Live.ToDictionary(c => c.CrmRef!, c => c.ResourceName);

        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Crm.Edit(hinted, ("Title", "Hinted title"));
        h.Crm.Edit(other, ("Title", "Not hinted"));
        h.Google.Edit(googleOf[other], (Mobile, "+1 555 0100"));
        var targeted = await h.RunTargetedAsync(hinted);

        Assert.Equal(1, h.Crm.LastReadCount);
        Assert.Equal("Hinted title", h.Google.Contacts[googleOf[hinted]][Title]);
        Assert.Equal("Before", h.Google.Contacts[googleOf[other]][Title]);
        Assert.Equal("+1 555 0100", h.Crm.Records[other]["Mobile"]);
        Assert.Equal(1, targeted.Google.Updated);
        Assert.Equal(1, targeted.Crm.Updated);

        // The watermark did not move: the next ordinary run reads the record no notification named.
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await h.RunAsync();
        Assert.Equal("Not hinted", h.Google.Contacts[googleOf[other]][Title]);
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
