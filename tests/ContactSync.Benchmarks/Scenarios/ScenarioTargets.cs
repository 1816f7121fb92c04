namespace ContactSync.Benchmarks.Scenarios;

/// <summary>Targets from the issue (printed beside the figures, never asserted).</summary>
/// <param name="MaxCallRatio">API calls at most this multiple of the theoretical minimum.</param>
/// <param name="MaxTotalCalls">At most this many API calls in all.</param>
/// <param name="MaxWallSeconds">Median wall time at most this.</param>
/// <param name="MaxPeakRssMb">Server peak RSS at most this (MB).</param>
/// <param name="MaxLatencyRatio">Wall time at most this multiple of (critical-path calls × latency).</param>
internal sealed record ScenarioTargets(
    double MaxCallRatio = 1.05,
    int? MaxTotalCalls = null,
    double? MaxWallSeconds = null,
    double? MaxPeakRssMb = null,
    double? MaxLatencyRatio = null);
