using ContactSync.Benchmarks.Reporting;

namespace ContactSync.Benchmarks.Running;

/// <summary>Everything measured for one scenario.</summary>
internal sealed record ScenarioResult(
    string Name,
    string Description,
    int Runs,
    int Warmups,
    IReadOnlyList<RunMeasurement> Measurements,
    ScenarioSummary? Summary,
    IReadOnlyList<TargetCheck> Targets,
    string? Error);
