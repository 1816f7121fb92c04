using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactSync.Benchmarks.Cli;
using ContactSync.Benchmarks.Emulator;
using ContactSync.Benchmarks.Floors;
using ContactSync.Benchmarks.Processes;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Scenarios;
using ContactSync.Benchmarks.Special;

namespace ContactSync.Benchmarks.Running;

/// <summary>The benchmark program: options, processes, scenarios, reports.</summary>
internal static class BenchmarkApp
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var (options, error) = BenchOptionsParser.Parse(args);
        if (options is null)
        {
            if (!string.IsNullOrEmpty(error))
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine(BenchOptionsParser.Usage);
            return string.IsNullOrEmpty(error) ? 0 : 2;
        }

        var unknown = options.Scenarios.Where(n => ScenarioCatalog.Find(n) is null && SpecialScenarioCatalog.Find(n) is null).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"unknown scenario(s): {string.Join(", ", unknown)}; known: {string.Join(", ", ScenarioCatalog.All.Select(s => s.Name).Concat(SpecialScenarioCatalog.All.Select(s => s.Name)))}");
            return 2;
        }

        var scenarios = options.Scenarios.Count == 0
            ? ScenarioCatalog.All
            : ScenarioCatalog.All.Where(s => options.Scenarios.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        if (options.ListOnly)
        {
            PrintScenarios(scenarios);
            return 0;
        }

        var bin = Path.Combine(options.RepositoryRoot, "artifacts", "bin");
        var serverDll = Path.Combine(bin, "ContactSync.Server", options.Configuration, "ContactSync.Server.dll");
        var emulatorDll = Path.Combine(bin, "ContactSync.Emulators", options.Configuration, "ContactSync.Emulators.dll");
        foreach (var dll in new[] { serverDll, emulatorDll })
        {
            if (!File.Exists(dll))
            {
                Console.Error.WriteLine($"{dll} not found: build first (dotnet cake --target=Build, or dotnet build -c {options.Configuration}).");
                return 2;
            }
        }

        var started = TimeProvider.System.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var work = Path.Combine(options.OutputDirectory, "work");
        Directory.CreateDirectory(work);
        var adminKey = "csk_bench_" + Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        var results = new List<ScenarioResult>();
        var special = new List<SpecialResult>();
        Console.WriteLine($"Starting the emulators ({emulatorDll}) …");
        if (await RunScenariosAsync(options, scenarios, serverDll, emulatorDll, work, adminKey, results, special, cancellationToken) is { } selfCheckExit)
        {
            return selfCheckExit;
        }

        await WriteReportAsync(options, args, started, clock.Elapsed.TotalSeconds, results, special, work, cancellationToken);
        return results.Any(r => r.Error is not null) || special.Any(r => r.Error is not null) ? 1 : 0;
    }

    /// <summary>
    /// Starts the emulators and runs each scenario against its own server, then the special scenarios; with --self-check,
    /// checks the emulator side only and returns its exit code.
    /// </summary>
    private static async Task<int?> RunScenariosAsync(BenchOptions options, IReadOnlyList<ScenarioDefinition> scenarios, string serverDll, string emulatorDll,
        string work, string adminKey, List<ScenarioResult> results, List<SpecialResult> special, CancellationToken cancellationToken)
    {
        await using var emulators = await EmulatorProcess.StartAsync(emulatorDll, work, cancellationToken);
        using var http = new HttpClient { BaseAddress = emulators.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        var control = new EmulatorControl(http);
        var credentials = await control.GetCredentialsAsync(cancellationToken);
        var env = new BenchEnvironment(serverDll, emulators.ProcessId, emulators.BaseAddress, control, credentials, new PublicApiEditor(http, credentials), work, adminKey, options.ServerSettings);
        if (options.SelfCheck)
        {
            Console.WriteLine("Self-check of the emulator side:");
            var problems = await SelfCheck.RunAsync(control, env.Editor, credentials, cancellationToken);
            Console.WriteLine(problems.Count == 0 ? "Self-check passed." : "Self-check FAILED: " + string.Join("; ", problems));
            return problems.Count == 0 ? 0 : 1;
        }

        var runner = new ScenarioRunner(env, Console.Out);
        Console.WriteLine($"Emulators at {emulators.BaseAddress}; server {serverDll}");
        foreach (var s in scenarios)
        {
            var runs = options.Runs ?? s.DefaultRuns;
            var warmups = options.Warmups ?? s.DefaultWarmups;
            Console.WriteLine($"Scenario {s.Name}: {s.Description} ({warmups} warm-up, {runs} measured)");
            results.Add(await runner.RunAsync(s, runs, warmups, cancellationToken));
        }

        special.AddRange(await SpecialScenarioCatalog.RunAsync(options.Scenarios, env, Console.Out, cancellationToken));

        return null;
    }

    /// <summary>Writes results.json and results.md to the output folder, prints the Markdown and updates the README's tables.</summary>
    private static async Task WriteReportAsync(BenchOptions options, string[] args, DateTimeOffset started, double elapsedSeconds, List<ScenarioResult> results,
        List<SpecialResult> special, string work, CancellationToken cancellationToken)
    {
        var report = new BenchReport(
            started,
            elapsedSeconds,
            Environment.GetEnvironmentVariable("CONTACTSYNC_BENCH_COMMAND") is { Length: > 0 } command ? command : "dotnet ContactSync.Benchmarks.dll " + string.Join(' ', args),
            new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, options.Configuration, GitCommit(options.RepositoryRoot)),
            CallFloorCalculator.Formula,
            results,
            special);
        Directory.CreateDirectory(options.OutputDirectory);
        var jsonPath = Path.Combine(options.OutputDirectory, "results.json");
        var mdPath = Path.Combine(options.OutputDirectory, "results.md");
        await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, JsonOptions), cancellationToken);
        var markdown = MarkdownReport.Render(report);
        await File.WriteAllTextAsync(mdPath, markdown, cancellationToken);
        TryDeleteEmpty(work);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {jsonPath} and {mdPath}."));
        ReadmeTable.Update(options, report, Console.Out);
    }

    private static void PrintScenarios(IEnumerable<ScenarioDefinition> scenarios)
    {
        foreach (var s in scenarios)
        {
            Console.WriteLine($"{s.Name}: {s.Description}");
            Console.WriteLine($"    floor (fresh server) {CallFloorCalculator.For(s, tokensCached: false).Describe()}");
            Console.WriteLine($"    floor (warm server)  {CallFloorCalculator.For(s, tokensCached: true).Describe()}; critical path {CallFloorCalculator.For(s, true).CriticalPathFormula}");
        }

        Console.WriteLine();
        Console.WriteLine(CallFloorCalculator.Formula);
    }

    private static string? GitCommit(string root)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("rev-parse");
            info.ArgumentList.Add("--short");
            info.ArgumentList.Add("HEAD");
            using var p = Process.Start(info);
            var text = p?.StandardOutput.ReadToEnd().Trim();
            p?.WaitForExit();
            return p?.ExitCode == 0 && !string.IsNullOrEmpty(text) ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void TryDeleteEmpty(string directory)
    {
        try
        {
            if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
        catch (IOException)
        {
            // Left for Clean.
        }
    }
}
