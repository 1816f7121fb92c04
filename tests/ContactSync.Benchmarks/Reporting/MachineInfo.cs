namespace ContactSync.Benchmarks.Reporting;

/// <summary>Where the figures come from.</summary>
internal sealed record MachineInfo(int ProcessorCount, string OperatingSystem, string Runtime, string Configuration, string? Commit);
