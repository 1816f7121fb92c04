using ContactSync.Benchmarks.Running;
using ContactSync.Benchmarks.Special;

namespace ContactSync.Benchmarks.Reporting;

/// <summary>The content of results.json.</summary>
internal sealed record BenchReport(
    DateTimeOffset StartedUtc,
    double DurationSeconds,
    string Command,
    MachineInfo Machine,
    string FloorFormula,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<SpecialResult> Special);
