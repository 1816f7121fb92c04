namespace ContactSync.Benchmarks.Reporting;

/// <summary>One target beside the figures.</summary>
/// <param name="Target">e.g. "wall ≤ 5 s".</param>
/// <param name="Actual">e.g. "3.12 s".</param>
/// <param name="Met">Whether the figure meets it.</param>
internal sealed record TargetCheck(string Target, string Actual, bool Met)
{
    public string Mark => Met ? "✓" : "✗";
}
