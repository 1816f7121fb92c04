namespace ContactSync.Demo.Tests;

/// <summary>The demo as a user runs it, output going to a log (redirected): the story, the progress, the exit.</summary>
public sealed class DemoRunTests
{
    [Fact]
    public async Task SmallDemo_InALog_TellsEachRunAndItsNumbersInEightyColumnsAndRemovesItsFolder()
    {
        var (exitCode, output, errors) = await DemoProcess.RunAsync("--zoho-contacts=60", "--google-contacts", "30", "--overlap=10");

        Assert.True(exitCode == 0, output + errors);
        Assert.Equal("", errors);
        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
        Assert.DoesNotContain('\r', output);
        Assert.Contains("First sync - a full run", output);
        Assert.Contains("Second sync - an incremental run", output);
        Assert.Matches(@"the first sync's own\n70 writes \(50 in Google, 20 in the CRM\)", output);
        Assert.Contains("\"Compared\" counts the records read on the two", output);
        Assert.Matches(@"outcome   Succeeded in [\d.]+ s, 71 compared \(70 own writes \+ 1 changed\)", output);
        Assert.Matches(@"Google    0 created, 1 updated, 0 deleted", output);
        foreach (var run in output.Split("sync - ")[1..])
        {
            var stages = run.Split('\n').Where(l => l.StartsWith("  [", StringComparison.Ordinal)).Select(Stage).ToList();
            Assert.NotEmpty(stages);
            Assert.Equal(stages.Order(), stages);
            Assert.Equal(stages.Count, run.Split('\n').Count(l => l.StartsWith("  [", StringComparison.Ordinal)));
        }

        Assert.False(Directory.Exists(DemoProcess.DataFolder(output)), "the temporary data folder is removed");
    }

    [Fact]
    public async Task BadValue_IsOneLineOnStandardErrorWithoutAStackTrace()
    {
        var (exitCode, output, errors) = await DemoProcess.RunAsync("--google-contacts=lots");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal("ContactSync.Demo: --google-contacts takes a whole number from 0 to 1000000, not 'lots'. (--help lists the options)", errors.Trim());
    }

    [Fact]
    public async Task Help_PrintsTheOptionsAndStartsNothing()
    {
        var (exitCode, output, errors) = await DemoProcess.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        Assert.StartsWith("Usage: ContactSync.Demo [options]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Starting", output, StringComparison.Ordinal);
    }

    /// <summary>The stage number of a progress line ("0" for starting).</summary>
    private static int Stage(string line)
    {
        var at = line.IndexOf("/3 ", StringComparison.Ordinal);
        return at < 0 ? 0 : line[at - 1] - '0';
    }
}
