using System.Diagnostics;
using System.Globalization;

namespace ContactSync.Server.Runs.Leasing;

/// <summary>
/// The identity a server process writes into plan leases: <c>machine:pid:start:instance</c>. A lease of this machine whose
/// process is gone (or whose pid now belongs to a process started at another time) is dead at once — after kill -9 and a
/// restart the plan need not wait for the lease to expire. Leases of other machines still expire by time. Assumes that
/// servers sharing a database have distinct machine names (host names; container ids in containers).
/// </summary>
internal static class LeaseHolder
{
    private const int MaxMachineLength = 40;

    /// <summary>A new identity for a coordinator of this process, named <paramref name="name"/> (the host name when empty).</summary>
    public static string Create(string name = "")
    {
        var machine = (string.IsNullOrWhiteSpace(name) ? Environment.MachineName : name.Trim()).Replace(':', '_');
        machine = machine.Length > MaxMachineLength ? machine[..MaxMachineLength] : machine;
        var started = StartTicks(Environment.ProcessId) ?? 0;
        return $"{machine}:{Environment.ProcessId}:{started.ToString("x", CultureInfo.InvariantCulture)}:{Guid.NewGuid().ToString("N")[..12]}";
    }

    /// <summary>Whether <paramref name="holder"/> names a process of this machine that is no longer running.</summary>
    public static bool IsDeadLocalProcess(string holder, string name = "")
    {
        var parts = holder.Split(':');
        if (parts.Length != 4 || !string.Equals(parts[0], Create(name).Split(':')[0], StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var started))
        {
            return false;
        }

        var now = StartTicks(pid);
        return now is null || Math.Abs(now.Value - started) > TimeSpan.TicksPerSecond;
    }

    /// <summary>When the process started (UTC ticks), or <see langword="null"/> when no such process runs.</summary>
    private static long? StartTicks(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : process.StartTime.ToUniversalTime().Ticks;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }
}
