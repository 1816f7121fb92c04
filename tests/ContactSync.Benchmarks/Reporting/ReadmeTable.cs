using ContactSync.Benchmarks.Cli;

namespace ContactSync.Benchmarks.Reporting;

/// <summary>
/// Writes the figures of a full run into the README, between the markers <see cref="Begin"/> and <see cref="End"/>, so the
/// README's table is always the output of a real run. Subsets and runs with other run counts leave the README alone.
/// </summary>
internal static class ReadmeTable
{
    public const string Begin = "<!-- bench:begin (written by the benchmark: dotnet cake --target=Bench) -->";
    public const string End = "<!-- bench:end -->";

    public static void Update(BenchOptions options, BenchReport report, TextWriter log)
    {
        if (options.Scenarios.Count > 0 || options.Runs is not null || options.Warmups is not null)
        {
            log.WriteLine("README.md not updated: only a run of every scenario with the default run counts writes it.");
            return;
        }

        var path = Path.Combine(options.RepositoryRoot, "README.md");
        var text = File.ReadAllText(path);
        if (Replace(text, MarkdownReport.RenderReadme(report)) is not { } updated)
        {
            log.WriteLine($"README.md not updated: it has no {Begin} … {End} block.");
            return;
        }

        File.WriteAllText(path, updated);
        log.WriteLine("Wrote the figures into README.md (section Performance).");
    }

    /// <summary>The text with the block between the markers replaced, or null when the markers are missing.</summary>
    public static string? Replace(string text, string block)
    {
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return null;
        }

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return text[..(begin + Begin.Length)] + newline + block.ReplaceLineEndings(newline).TrimEnd() + newline + text[end..];
    }
}
