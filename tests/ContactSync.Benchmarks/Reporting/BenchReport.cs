using ContactSync.Benchmarks.Running;

namespace ContactSync.Benchmarks.Reporting;

/// <summary>The content of results.json.</summary>
internal sealed record BenchReport(
    DateTimeOffset StartedUtc,
    double DurationSeconds,
    string Command,
    MachineInfo Machine,
    string FloorFormula,
    IReadOnlyList<ScenarioResult> Scenarios);
