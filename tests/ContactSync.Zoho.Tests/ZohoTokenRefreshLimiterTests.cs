using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Zoho.Tests;

public sealed class ZohoTokenRefreshLimiterTests
{
    [Fact]
    public void TryAcquire_EleventhWithinTenMinutes_ReturnsWaitUntilOldestExpires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var limiter = new ZohoTokenRefreshLimiter(time);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire());
            time.Advance(TimeSpan.FromSeconds(30));
        }

        var wait = limiter.TryAcquire();

        Assert.Equal(TimeSpan.FromMinutes(5), wait);
        time.Advance(wait);
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire());
    }
}
