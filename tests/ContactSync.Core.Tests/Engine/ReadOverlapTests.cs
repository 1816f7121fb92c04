using ContactSync.Core.Tests.Fakes;

namespace ContactSync.Core.Tests.Engine;

/// <summary>
/// The reads overlap: the CRM's first pages are requested, and the store asked for what earlier runs left, while Google is
/// still read.
/// </summary>
public sealed class ReadOverlapTests
{
    /// <summary>Only a failing engine ever reaches it: the Google read waits for a CRM read that never starts.</summary>
    private static readonly TimeSpan Deadlock = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task CrmPages_AreRequested_BeforeTheGoogleReadEnds()
    {
        var h = new EngineHarness();
        h.Crm.Add(("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("Email", "ada@example.com"));
        h.Google.Add(values: [("names[0].givenName", "Grace"), ("names[0].familyName", "Hopper")]);

        // The Google read answers only once the CRM has been asked for its pages.
        h.Google.ReadGate = h.Crm.ReadStarted.Task;
        var result = await h.RunAsync(full: true).WaitAsync(Deadlock);

        Assert.Equal(0, result.Errors);
        Assert.Equal(2, h.Crm.Records.Count);
        Assert.Equal(2, h.Google.Live.Count());
    }

    [Fact]
    public async Task WhatEarlierRunsLeft_IsReadFromTheStore_WhileGoogleIsRead()
    {
        var h = new EngineHarness();
        h.Crm.Add(("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("Email", "ada@example.com"));

        // The Google read answers only once the store was asked for the failing records and the intents.
        h.Google.ReadGate = Task.WhenAll(h.Store.FailuresRead.Task, h.Store.PendingRead.Task);
        var result = await h.RunAsync(full: true).WaitAsync(Deadlock);

        Assert.Equal(0, result.Errors);
        Assert.Single(h.Google.Live);
    }

    [Fact]
    public async Task ARunEndingBeforeItsFirstPage_StopsTheCrmReadItStarted()
    {
        var h = new EngineHarness();
        h.Crm.Add(("First_Name", "Ada"), ("Last_Name", "Lovelace"), ("Email", "ada@example.com"));
        h.Google.ReadGate = Task.FromException(new InvalidOperationException("Google is down"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => h.RunAsync(full: true).WaitAsync(Deadlock));

        Assert.Equal("Google is down", error.Message);
        Assert.True(h.Crm.ReadStarted.Task.IsCompleted);
    }
}
