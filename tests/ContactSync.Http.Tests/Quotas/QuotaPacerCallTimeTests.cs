namespace ContactSync.Http.Tests.Quotas;

/// <summary>The pacer measures how long the calls on each quota take, from the grant to the end of the attempt (on its clock).</summary>
public sealed class QuotaPacerCallTimeTests
{
    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task ACallsTime_IsFromItsGrantToItsEnd_PerQuotaItTook_AndCallsNeverSentDoNotCount()
    {
        var (clock, _, pacer) = Q.Pacer();
        using var _ = pacer;
        Assert.Null(pacer.CallTime(Q.Key("slots")));

        var permit = await pacer.AcquireAsync([Q.Slots("slots", 2), Q.Rate("writes", 100, 1)], "a", Token);
        clock.Advance(TimeSpan.FromSeconds(2));
        permit.Dispose();
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.CallTime(Q.Key("slots")));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.CallTime(Q.Key("writes")));

        // A call given back unsent tells nothing of the service's time.
        var unsent = await pacer.AcquireAsync([Q.Slots("slots", 2)], "a", Token);
        clock.Advance(TimeSpan.FromSeconds(30));
        unsent.Release(sent: false);
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.CallTime(Q.Key("slots")));

        // Later calls move the average (a tenth of the way each).
        var next = await pacer.AcquireAsync([Q.Slots("slots", 2)], "a", Token);
        clock.Advance(TimeSpan.FromSeconds(12));
        next.Dispose();
        Assert.Equal(TimeSpan.FromSeconds(3), pacer.CallTime(Q.Key("slots")));
    }
}
