using ContactSync.Benchmarks.Api;
using ContactSync.Benchmarks.Emulator;
using ContactSync.Benchmarks.Floors;

namespace ContactSync.Benchmarks.Running;

/// <summary>One run of a scenario (warm-up or measured).</summary>
/// <param name="Iteration">0-based, warm-ups first.</param>
/// <param name="Warmup">True for a warm-up run (not in the summary).</param>
/// <param name="WallSeconds">RunSync request to result event.</param>
/// <param name="ServerCpuSeconds">Server utime + stime during the run.</param>
/// <param name="EmulatorCpuSeconds">Emulators' utime + stime during the run (they share the 2 cores with the server).</param>
/// <param name="Calls">API calls the emulators counted during the run.</param>
/// <param name="Floor">The theoretical minimum of calls for this run.</param>
/// <param name="Server">The run's result as the server reported it.</param>
/// <param name="LinkedContacts">Linked pairs after the run (GetStatus), when available.</param>
/// <param name="Settling">For scenarios after a completed sync: the settling run before the measured one.</param>
internal sealed record RunMeasurement(
    int Iteration,
    bool Warmup,
    double WallSeconds,
    double ServerCpuSeconds,
    double EmulatorCpuSeconds,
    CallCounts Calls,
    CallFloor Floor,
    ServerRunReport Server,
    long? LinkedContacts,
    SettlingRun? Settling);
