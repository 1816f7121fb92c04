using ContactSync.Core.Engine;
using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

/// <summary>Google updates that fail without an answer: read again and merged before anything is sent again.</summary>
public sealed class UnknownOutcomeEngineTests
{
    private const string Title = "organizations[0].title";

    [Fact]
    public async Task UpdateWithUnknownOutcome_AlreadyApplied_IsCountedOnceAndNotSentAgain()
    {
        var (h, id) = await LinkedPairAsync();
        h.Crm.Edit(id, ("Title", "Chief"));
        h.Google.UnknownUpdates.Enqueue(true);
        var calls = h.Google.WriteCalls;

        var result = await h.RunAsync();

        Assert.Equal(SyncOutcome.Succeeded, result.Outcome);
        Assert.Equal(1, result.Google.Updated);
        Assert.Equal(calls + 1, h.Google.WriteCalls);
        Assert.Equal("Chief", Assert.Single(h.Google.Live)[Title]);
        var next = await h.RunAsync();
        Assert.Equal(0, next.Google.Updated + next.Crm.Updated);
    }

    [Fact]
    public async Task UpdateWithUnknownOutcomeTwice_NeverApplied_FailsAsNotUpdatedAndTheNextRunWritesIt()
    {
        var (h, id) = await LinkedPairAsync();
        h.Crm.Edit(id, ("Title", "Chief"));
        h.Google.UnknownUpdates.Enqueue(false);
        h.Google.UnknownUpdates.Enqueue(false);
        var calls = h.Google.WriteCalls;

        var result = await h.RunAsync();

        Assert.Equal(SyncOutcome.PartiallySucceeded, result.Outcome);
        Assert.Equal(0, result.Google.Updated);
        Assert.Equal(calls + 2, h.Google.WriteCalls);
        Assert.Equal("NOT_UPDATED", Assert.Single(await h.Store.GetFailuresAsync("plan-1", default)).Code);
        Assert.Equal("", Assert.Single(h.Google.Live)[Title]);

        var next = await h.RunAsync();

        Assert.Equal(1, next.Google.Updated);
        Assert.Equal(0, next.Errors);
        Assert.Equal("Chief", Assert.Single(h.Google.Live)[Title]);
        Assert.Empty(await h.Store.GetFailuresAsync("plan-1", default));
    }

    private static async Task<(EngineHarness Harness, string CrmId)> LinkedPairAsync()
    {
        var h = new EngineHarness();
        var id = h.Crm.Add(("First_Name", "Ann"), ("Last_Name", "Known"), ("Email", "ann@example.com"));
        var first = await h.RunAsync();
        Assert.Equal(1, first.Google.Created);
        return (h, id);
    }
}
