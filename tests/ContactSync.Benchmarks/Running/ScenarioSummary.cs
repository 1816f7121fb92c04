namespace ContactSync.Benchmarks.Running;

/// <summary>The figures of a scenario over its measured runs (medians).</summary>
internal sealed record ScenarioSummary(
    int MeasuredRuns,
    double MedianWallSeconds,
    double MinWallSeconds,
    double MaxWallSeconds,
    double ContactsPerSecond,
    IReadOnlyDictionary<string, long> CallsPerEndpoint,
    long TotalCalls,
    long ZohoCalls,
    long GoogleCalls,
    int FloorCalls,
    string FloorDescription,
    double CallRatio,
    int CriticalPathCalls,
    string CriticalPathFormula,
    double? CriticalPathFloorSeconds,
    double? LatencyRatio,
    double ServerPeakRssMb,
    double MedianServerCpuSeconds,
    double MedianEmulatorCpuSeconds,
    IReadOnlyList<string> Outcomes,
    long? MedianSettlingCalls);
