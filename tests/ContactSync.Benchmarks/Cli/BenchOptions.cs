namespace ContactSync.Benchmarks.Cli;

/// <summary>Command-line options of the benchmark.</summary>
/// <param name="Scenarios">Scenario names to run, in catalogue order; empty means all.</param>
/// <param name="Runs">Measured runs per scenario; null means each scenario's default.</param>
/// <param name="Warmups">Warm-up runs per scenario; null means each scenario's default.</param>
/// <param name="Configuration">Build configuration whose server and emulator dlls are started ("release", "debug").</param>
/// <param name="RepositoryRoot">The folder holding ContactSync.sln.</param>
/// <param name="OutputDirectory">Where results.json and results.md are written.</param>
/// <param name="ListOnly">Print the scenarios and their call floors, run nothing.</param>
/// <param name="SelfCheck">Check the emulator side of the harness (seeding, edits, counters) without a server.</param>
/// <param name="ServerSettings">Settings given to every server (<c>--server-setting ContactSync:Quotas:TimeScale=60</c>), e.g. the quotas compressed like the emulators'.</param>
internal sealed record BenchOptions(
    IReadOnlyList<string> Scenarios,
    int? Runs,
    int? Warmups,
    string Configuration,
    string RepositoryRoot,
    string OutputDirectory,
    bool ListOnly,
    bool SelfCheck,
    IReadOnlyDictionary<string, string> ServerSettings);
