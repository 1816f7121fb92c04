using ContactSync.Benchmarks.Running;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// A scenario with a shape of its own (several runs, several servers or an emulator setting of its own), reported in
/// its own table beside the per-run scenarios.
/// </summary>
internal interface ISpecialScenario
{
    string Name { get; }

    string Description { get; }

    Task<SpecialResult> RunAsync(BenchEnvironment env, TextWriter log, CancellationToken cancellationToken);
}
