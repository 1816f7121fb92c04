namespace ContactSync.Benchmarks.Processes;

/// <summary>Resource use of a process so far.</summary>
/// <param name="PeakRssBytes">Peak resident set size (Linux VmHWM).</param>
/// <param name="CpuSeconds">User + system CPU time.</param>
internal sealed record ProcessSample(long PeakRssBytes, double CpuSeconds);
