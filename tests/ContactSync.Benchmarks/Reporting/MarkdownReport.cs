using System.Globalization;
using System.Text;
using ContactSync.Benchmarks.Special;

namespace ContactSync.Benchmarks.Reporting;

/// <summary>Renders the report as Markdown: all of it for results.md and standard output, the tables for the README.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchReport report)
    {
        var sb = new StringBuilder();
        Header(sb, report);
        ScenarioTable(sb, report);
        sb.AppendLine();
        sb.AppendLine("Targets (printed beside the figures, not asserted):");
        TargetTable(sb, report);
        SpecialTable(sb, report.Special);
        Endpoints(sb, report);
        LatencyCost(sb, report);
        sb.AppendLine();
        Line(sb, $"Floor formula: {report.FloorFormula}");
        Stopped(sb, report);
        return sb.ToString();
    }

    /// <summary>The part of the report the README shows: where and how it ran, the figures and the targets.</summary>
    public static string RenderReadme(BenchReport report)
    {
        var sb = new StringBuilder();
        var m = report.Machine;
        Line(sb, $"Last full run on this {m.ProcessorCount}-core machine ({m.OperatingSystem}, {m.Runtime}, {m.Configuration}{(m.Commit is null ? "" : ", commit " + m.Commit)}), `{report.Command}`, written here by the benchmark itself:");
        ScenarioTable(sb, report);
        TargetTable(sb, report);
        SpecialTable(sb, report.Special);
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, BenchReport report)
    {
        var m = report.Machine;
        Line(sb, $"Benchmark of {report.StartedUtc:yyyy-MM-dd HH:mm} UTC on {m.ProcessorCount} cores, {m.OperatingSystem}, {m.Runtime}, {m.Configuration} build{(m.Commit is null ? "" : ", commit " + m.Commit)}; took {report.DurationSeconds:0} s.");
        Line(sb, $"Command: `{report.Command}`. Wall = median of the measured runs (RunSync request → result event); server peak RSS = VmHWM of the server process, which served only this scenario; CPU = utime + stime per run (median) of the server and of the emulators, which share the machine.");
    }

    private static void ScenarioTable(StringBuilder sb, BenchReport report)
    {
        sb.AppendLine();
        sb.AppendLine("| Scenario | Runs | Wall s | Contacts/s | API calls (Zoho + Google) | Floor | Calls ÷ floor | Server peak RSS MB | Server CPU s | Emulator CPU s | Wall ÷ critical path | Targets |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var s in report.Scenarios)
        {
            if (s.Summary is not { } r)
            {
                Line(sb, $"| `{s.Name}` | 0 | — | — | — | — | — | — | — | — | — | not run: {Escape(Short(s.Error ?? "no measured run"))} |");
                continue;
            }

            var marks = string.Concat(s.Targets.Select(t => t.Mark));
            Line(sb, $"| `{s.Name}` | {r.MeasuredRuns} | {r.MedianWallSeconds:0.000} | {r.ContactsPerSecond:#,0} | {r.TotalCalls} ({r.ZohoCalls} + {r.GoogleCalls}) | {r.FloorCalls} | {r.CallRatio:0.000} | {r.ServerPeakRssMb:0} | {r.MedianServerCpuSeconds:0.00} | {r.MedianEmulatorCpuSeconds:0.00} | {(r.LatencyRatio is { } lr ? lr.ToString("0.00", CultureInfo.InvariantCulture) : "—")} | {marks}{(s.Error is null ? "" : " (stopped: " + Escape(Short(s.Error)) + ")")} |");
        }
    }

    private static void TargetTable(StringBuilder sb, BenchReport report)
    {
        sb.AppendLine();
        sb.AppendLine("| Scenario | Target | Actual | Met |");
        sb.AppendLine("|---|---|---|:---:|");
        foreach (var s in report.Scenarios)
        {
            foreach (var t in s.Targets)
            {
                Line(sb, $"| `{s.Name}` | {Escape(t.Target)} | {Escape(t.Actual)} | {t.Mark} |");
            }
        }
    }

    /// <summary>The organisation-scale scenarios: each with its own figures, then its targets.</summary>
    private static void SpecialTable(StringBuilder sb, IReadOnlyList<SpecialResult> special)
    {
        if (special.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine("| Scenario | Figures | Target | Actual | Met |");
        sb.AppendLine("|---|---|---|---|:---:|");
        foreach (var s in special)
        {
            var figures = Escape(string.Join("; ", s.Figures.Select(f => f.Key + " " + f.Value)));
            if (s.Error is not null)
            {
                figures += (figures.Length > 0 ? "; " : "") + "stopped: " + Escape(Short(s.Error));
            }

            var rows = s.Targets.Count == 0 ? [new TargetCheck("—", "—", false)] : s.Targets;
            for (var i = 0; i < rows.Count; i++)
            {
                Line(sb, $"| {(i == 0 ? $"`{s.Name}`" : "")} | {(i == 0 ? figures : "")} | {Escape(rows[i].Target)} | {Escape(rows[i].Actual)} | {rows[i].Mark} |");
            }
        }
    }

    private static void Endpoints(StringBuilder sb, BenchReport report)
    {
        sb.AppendLine();
        sb.AppendLine("API calls per endpoint (median of the measured runs) and the floor of each scenario:");
        sb.AppendLine();
        foreach (var s in report.Scenarios.Where(s => s.Summary is not null))
        {
            var r = s.Summary!;
            Line(sb, $"- `{s.Name}`: {string.Join(", ", r.CallsPerEndpoint.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}"))}");
            Line(sb, $"  - floor: {r.FloorDescription}; critical path {r.CriticalPathFormula}");
            if (r.MedianSettlingCalls is { } settling)
            {
                Line(sb, $"  - the settling run between the first sync and the measured run made {settling} calls (median; not in the figures above)");
            }
        }
    }

    private static void LatencyCost(StringBuilder sb, BenchReport report)
    {
        var latency = report.Scenarios.FirstOrDefault(s => s.Summary?.LatencyRatio is not null);
        var baseline = report.Scenarios.FirstOrDefault(s => s.Name == "initial-crm-to-google-10k" && s.Summary is not null);
        if (latency?.Summary is { CriticalPathFloorSeconds: { } cp } l && baseline?.Summary is { } b && cp > 0)
        {
            sb.AppendLine();
            Line(sb, $"Latency cost: `{latency.Name}` took {l.MedianWallSeconds - b.MedianWallSeconds:0.00} s more than `{baseline.Name}`; the critical path adds {cp:0.00} s ({l.CriticalPathCalls} calls × {cp * 1000 / l.CriticalPathCalls:0} ms), so the added time is {(l.MedianWallSeconds - b.MedianWallSeconds) / cp:0.00} × the critical path (1.00 = calls made one after another, below 1 = overlapped).");
        }
    }

    private static void Stopped(StringBuilder sb, BenchReport report)
    {
        var failed = report.Scenarios.Where(s => s.Error is not null).Select(s => (s.Name, s.Error!))
            .Concat(report.Special.Where(s => s.Error is not null).Select(s => (s.Name, s.Error!))).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine("Stopped scenarios:");
        sb.AppendLine();
        foreach (var (name, error) in failed)
        {
            Line(sb, $"- `{name}`: {Short(error)} (full text in results.json)");
        }
    }

    private static void Line(StringBuilder sb, FormattableString s) => sb.AppendLine(s.ToString(CultureInfo.InvariantCulture));

    private static string Short(string s)
    {
        var line = s.Split('\n')[0].Trim();
        var exception = s.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("Exception:", StringComparison.Ordinal));
        if (exception is not null && !line.Contains(exception, StringComparison.Ordinal))
        {
            line += " … " + exception;
        }

        return line.Length <= 240 ? line : line[..237] + "…";
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
