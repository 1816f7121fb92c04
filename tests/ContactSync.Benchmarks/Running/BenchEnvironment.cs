using ContactSync.Benchmarks.Emulator;

namespace ContactSync.Benchmarks.Running;

/// <summary>What every scenario shares: the running emulators and where the server lives.</summary>
/// <param name="ServerDll">Path of ContactSync.Server.dll.</param>
/// <param name="EmulatorProcessId">The emulators' process id.</param>
/// <param name="EmulatorBase">The emulators' base address.</param>
/// <param name="Control">The emulators' control surface.</param>
/// <param name="Credentials">The emulators' credentials.</param>
/// <param name="Editor">Public-API client for scenario edits.</param>
/// <param name="WorkDirectory">Scratch folder for server data folders.</param>
/// <param name="AdminKey">The bootstrap admin key given to every server.</param>
/// <param name="ServerSettings">Settings given to every server (configuration keys, <c>:</c>-separated).</param>
internal sealed record BenchEnvironment(
    string ServerDll,
    int EmulatorProcessId,
    Uri EmulatorBase,
    EmulatorControl Control,
    EmulatorCredentials Credentials,
    PublicApiEditor Editor,
    string WorkDirectory,
    string AdminKey,
    IReadOnlyDictionary<string, string> ServerSettings);
