using System.Diagnostics;
using System.Globalization;

namespace ContactSync.Benchmarks.Processes;

/// <summary>Reads peak RSS and CPU time of a child process: <c>/proc/&lt;pid&gt;/status</c> (VmHWM) and <c>/proc/&lt;pid&gt;/stat</c> (utime + stime).</summary>
internal static class ProcessStats
{
    /// <summary>Linux USER_HZ: the unit of utime/stime in /proc/&lt;pid&gt;/stat (100 on every mainstream kernel build).</summary>
    private const double ClockTicksPerSecond = 100.0;

    public static ProcessSample Read(int pid)
    {
        var status = $"/proc/{pid}/status";
        var stat = $"/proc/{pid}/stat";
        if (File.Exists(status) && File.Exists(stat))
        {
            long hwmKb = 0;
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    hwmKb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    break;
                }
            }

            // Fields after the command name "(…)": state is field 3, utime field 14, stime field 15.
            var text = File.ReadAllText(stat);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
            return new ProcessSample(hwmKb * 1024, ticks / ClockTicksPerSecond);
        }

        using var p = Process.GetProcessById(pid);
        return new ProcessSample(p.PeakWorkingSet64, p.TotalProcessorTime.TotalSeconds);
    }
}
