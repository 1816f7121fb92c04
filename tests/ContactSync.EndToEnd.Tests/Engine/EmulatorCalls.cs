using ContactSync.Emulators;

namespace ContactSync.EndToEnd.Tests.Engine;

internal static class EmulatorCalls
{
    /// <summary>Calls that change data on one service (token endpoints and reads excluded).</summary>
    public static long Writes(this EmulatorHost emulator, string service) =>
        emulator.Calls.Snapshot()
            .Where(kv => kv.Key.StartsWith(service + " ", StringComparison.Ordinal))
            .Where(kv => !kv.Key.Contains(" GET ", StringComparison.Ordinal) && !kv.Key.Contains("token", StringComparison.OrdinalIgnoreCase) && !kv.Key.Contains("getBatchGet", StringComparison.Ordinal))
            .Sum(kv => kv.Value);
}
