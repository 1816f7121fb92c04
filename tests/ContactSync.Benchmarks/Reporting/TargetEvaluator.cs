using System.Globalization;
using ContactSync.Benchmarks.Running;
using ContactSync.Benchmarks.Scenarios;

namespace ContactSync.Benchmarks.Reporting;

/// <summary>Checks a scenario's figures against the targets.</summary>
internal static class TargetEvaluator
{
    public static IReadOnlyList<TargetCheck> Evaluate(ScenarioDefinition s, ScenarioSummary r)
    {
        var t = s.Targets;
        var checks = new List<TargetCheck>
        {
            new(
                F($"calls ≤ {t.MaxCallRatio:0.00} × floor"),
                F($"{r.TotalCalls} / {r.FloorCalls} = {r.CallRatio:0.000}×"),
                r.CallRatio <= t.MaxCallRatio),
        };
        if (t.MaxTotalCalls is { } maxCalls)
        {
            checks.Add(new(F($"calls ≤ {maxCalls}"), F($"{r.TotalCalls}"), r.TotalCalls <= maxCalls));
        }

        if (t.MaxWallSeconds is { } maxWall)
        {
            checks.Add(new(F($"wall ≤ {maxWall:0.###} s"), F($"{r.MedianWallSeconds:0.000} s"), r.MedianWallSeconds <= maxWall));
        }

        if (t.MaxPeakRssMb is { } maxRss)
        {
            checks.Add(new(F($"server peak RSS ≤ {maxRss:0} MB"), F($"{r.ServerPeakRssMb:0} MB"), r.ServerPeakRssMb > 0 && r.ServerPeakRssMb <= maxRss));
        }

        if (t.MaxLatencyRatio is { } maxRatio && r.LatencyRatio is { } ratio)
        {
            checks.Add(new(
                F($"wall ≤ {maxRatio:0.0} × critical path ({r.CriticalPathCalls} calls × {s.LatencyMs} ms = {r.CriticalPathFloorSeconds:0.00} s)"),
                F($"{r.MedianWallSeconds:0.00} s = {ratio:0.00}×"),
                ratio <= maxRatio));
        }

        return checks;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
