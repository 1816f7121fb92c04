namespace ContactSync.Demo.Tests;

public sealed class DemoOptionsTests
{
    [Fact]
    public void Parse_NameEqualsValueAndNameSpaceValue_BothWork()
    {
        var options = DemoOptions.Parse(["--zoho-contacts=5000", "--google-contacts", "40", "--overlap=10", "--keep-running", "--grpc-web-port=5181"]);

        Assert.Equal((5000, 40, 10, true, 5181), (options.ZohoContacts, options.GoogleContacts, options.Overlap, options.KeepRunning, options.GrpcWebPort));
        Assert.True(options.TemporaryData);
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "contactsync-demo-"), options.DataDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DataFolderGiven_IsNotTemporary()
    {
        var options = DemoOptions.Parse(["--data=/srv/demo"]);

        Assert.Equal("/srv/demo", options.DataDirectory);
        Assert.False(options.TemporaryData);
    }

    [Theory]
    [InlineData(true, new string[0], true)]
    [InlineData(true, new[] { "--exit" }, false)]
    [InlineData(false, new string[0], false)]
    [InlineData(false, new[] { "--keep-running" }, true)]
    public void Parse_InATerminal_KeepsRunningUnlessToldToExit(bool interactive, string[] args, bool keepsRunning) =>
        Assert.Equal(keepsRunning, DemoOptions.Parse(args, interactive).KeepRunning);

    [Fact]
    public void Parse_KeepRunningAndExit_IsAOneLineError() =>
        Assert.Equal("--keep-running and --exit exclude each other.", Assert.Throws<DemoUsageException>(() => DemoOptions.Parse(["--keep-running", "--exit"])).Message);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_AsksForTheUsage(string flag) => Assert.True(DemoOptions.Parse([flag]).Help);

    [Theory]
    [InlineData(new[] { "--zoho-contacts=many" }, "--zoho-contacts takes a whole number from 0 to 1000000, not 'many'.")]
    [InlineData(new[] { "--zoho-contacts", "-5" }, "--zoho-contacts takes a whole number from 0 to 1000000, not '-5'.")]
    [InlineData(new[] { "--overlap" }, "--overlap needs a value, e.g. --overlap=100.")]
    [InlineData(new[] { "--zoho-contact=5" }, "Unknown option '--zoho-contact=5'.")]
    [InlineData(new[] { "--zoho-contacts=10", "--overlap=20" }, "--overlap 20 is more than the smaller side (10 contacts).")]
    public void Parse_BadValue_IsOneLineSayingWhatToChange(string[] args, string message)
    {
        var error = Assert.Throws<DemoUsageException>(() => DemoOptions.Parse(args));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Usage_ListsEveryOptionWithinEightyColumns()
    {
        foreach (var option in new[] { "--zoho-contacts", "--google-contacts", "--overlap", "--data", "--keep-running", "--grpc-port", "--grpc-web-port", "--help" })
        {
            Assert.Contains(option, DemoOptions.Usage, StringComparison.Ordinal);
        }

        Assert.All(DemoOptions.Usage.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
    }
}
