namespace ContactSync.Zoho.Tests;

public sealed class ZohoPagingTests
{
    [Theory]
    [InlineData(1, 200, 2)]
    [InlineData(9, 200, 10)]
    [InlineData(12, 150, 13)]
    public void Next_WithinFirst2000_UsesPageNumbers(int current, int perPage, int expected)
    {
        var (page, token) = ZohoPaging.Next(current, perPage, true, "tok");

        Assert.Equal(expected, page);
        Assert.Null(token);
    }

    [Theory]
    [InlineData(10, 200)]
    [InlineData(13, 150)]
    [InlineData(25, 200)]
    public void Next_Past2000_UsesPageToken(int current, int perPage)
    {
        var (page, token) = ZohoPaging.Next(current, perPage, true, "tok");

        Assert.Null(page);
        Assert.Equal("tok", token);
    }

    [Fact]
    public void Next_NoMoreRecords_Ends()
    {
        Assert.Equal((null, null), ZohoPaging.Next(3, 200, false, "tok"));
    }

    [Fact]
    public void Next_Past2000WithoutToken_Throws()
    {
        var ex = Assert.Throws<ZohoApiException>(() => ZohoPaging.Next(10, 200, true, null));
        Assert.Equal("PAGE_TOKEN_MISSING", ex.Code);
    }
}
