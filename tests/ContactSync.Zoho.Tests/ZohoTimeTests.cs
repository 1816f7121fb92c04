namespace ContactSync.Zoho.Tests;

public sealed class ZohoTimeTests
{
    [Fact]
    public void Parse_OffsetTime_IsTheSameInstantAsUtc()
    {
        var parsed = ZohoTime.Parse("2026-03-01T10:00:00+05:30");

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 4, 30, 0, TimeSpan.Zero), parsed);
        Assert.Equal(TimeSpan.FromMinutes(330), parsed.Offset);
    }

    [Fact]
    public void Parse_DifferentOffsets_CompareAsInstants()
    {
        var india = ZohoTime.Parse("2026-03-01T10:00:00+05:30");
        var pacific = ZohoTime.Parse("2026-02-28T21:30:00-08:00");

        Assert.True(pacific > india);
        Assert.Equal(TimeSpan.FromHours(1), pacific - india);
    }

    [Fact]
    public void Format_KeepsOffsetAndSecondPrecision()
    {
        var value = new DateTimeOffset(2019, 7, 25, 15, 26, 49, 123, TimeSpan.FromMinutes(330));

        Assert.Equal("2019-07-25T15:26:49+05:30", ZohoTime.Format(value));
    }

    [Fact]
    public void TryParse_Garbage_ReturnsFalse()
    {
        Assert.False(ZohoTime.TryParse("yesterday", out _));
        Assert.False(ZohoTime.TryParse(null, out _));
    }
}
