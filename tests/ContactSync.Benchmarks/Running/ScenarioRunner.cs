using System.Globalization;
using ContactSync.Benchmarks.Api;
using ContactSync.Benchmarks.Floors;
using ContactSync.Benchmarks.Processes;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Scenarios;
using ContactSync.Testing.Processes;
using Grpc.Core;

namespace ContactSync.Benchmarks.Running;

/// <summary>
/// Runs one scenario in a fresh server process (so its peak RSS belongs to this scenario alone): per iteration it
/// reseeds the emulators, creates a new plan (a new plan's first run is a first sync), prepares (a completed sync
/// and edits, or conflict edits), resets the call counters and measures one RunSync.
/// </summary>
internal sealed class ScenarioRunner(BenchEnvironment env, TextWriter log)
{
    private const int Seed = 42;

    /// <summary>What the scenario was doing, for the error when a call fails.</summary>
    private string _step = "";

    public async Task<ScenarioResult> RunAsync(ScenarioDefinition s, int runs, int warmups, CancellationToken cancellationToken)
    {
        var measurements = new List<RunMeasurement>();
        var dataDirectory = Path.Combine(env.WorkDirectory, s.Name + "-" + Guid.NewGuid().ToString("N")[..8]);
        string? error = null;
        double peakRssMb = 0;
        await env.Control.ClearFaultsAsync(cancellationToken);
        ServerProcess? server = null;
        _step = "starting the server";
        try
        {
            server = await ServerProcess.StartAsync(env.ServerDll, dataDirectory, env.AdminKey,
                env.ServerSettings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value), cancellationToken);
            using var driver = new ContactSyncDriver(server.GrpcAddress, env.AdminKey);
            _step = "SetConnection";
            await driver.SetConnectionsAsync(env.Credentials, env.EmulatorBase, cancellationToken);
            var edits = new ScenarioEdits(env.Control, env.Editor, env.Credentials.GoogleContactSyncGroup);
            var serverHasSynced = false;
            for (var i = 0; i < warmups + runs; i++)
            {
                await RunIterationAsync(driver, edits, s, i, runs, warmups, server, serverHasSynced, measurements, cancellationToken);
                serverHasSynced = true;
            }

            peakRssMb = ProcessStats.Read(server.ProcessId).PeakRssBytes / (1024.0 * 1024.0);
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"{_step} answered {e.Status.StatusCode}{(string.IsNullOrEmpty(e.Status.Detail) ? "" : ": " + e.Status.Detail)}";
            log.WriteLine($"  [{s.Name}] stopped: {error}");
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            error = $"{_step}: {e.Message}";
            log.WriteLine($"  [{s.Name}] stopped: {error}");
            if (server is not null)
            {
                log.WriteLine("  last server output:" + Environment.NewLine + Indent(server.RecentOutput));
            }
        }
        finally
        {
            if (server is not null)
            {
                if (peakRssMb == 0)
                {
                    peakRssMb = TryPeak(server.ProcessId);
                }

                await server.DisposeAsync();
            }

            TryDelete(dataDirectory);
        }

        var summary = Summarize(s, measurements.Where(m => !m.Warmup).ToList(), peakRssMb);
        var targets = summary is null ? [] : TargetEvaluator.Evaluate(s, summary);
        return new ScenarioResult(s.Name, s.Description, runs, warmups, measurements, summary, targets, error);
    }

    /// <summary>
    /// One warm-up or measured iteration: seed, a new plan, its preparation, then the measured RunSync (recorded in
    /// <paramref name="measurements"/> even when it did not succeed).
    /// </summary>
    private async Task RunIterationAsync(ContactSyncDriver driver, ScenarioEdits edits, ScenarioDefinition s, int i, int runs, int warmups,
        ServerProcess server, bool serverHasSynced, List<RunMeasurement> measurements, CancellationToken cancellationToken)
    {
        var warmup = i < warmups;
        var label = warmup ? $"warm-up {i + 1}/{warmups}" : $"run {i - warmups + 1}/{runs}";
        await env.Control.ClearFaultsAsync(cancellationToken);
        await env.Control.SeedAsync(s.ZohoContacts, s.GoogleContacts, s.OverlappingEmails, Seed, cancellationToken);
        _step = "Configure";
        var plan = await driver.CreatePlanAsync($"bench {s.Name} {i}", s, env.Credentials, cancellationToken);
        var tag = $"{s.Name} {i}";
        SettlingRun? settle = null;
        if (s.Kind == ScenarioKind.AfterCompletedSync)
        {
            settle = await PrepareCompletedSyncAsync(driver, edits, s, plan.Id, label, tag, cancellationToken);
            serverHasSynced = true;
        }
        else if (s.ConflictEditsPerSide > 0)
        {
            _step = "editing records";
            await edits.MakeConflictsAsync(s.ConflictEditsPerSide, tag, cancellationToken);
        }

        if (s.LatencyMs > 0)
        {
            await env.Control.AddLatencyAsync(s.LatencyMs, cancellationToken);
        }

        var floor = CallFloorCalculator.For(s, tokensCached: serverHasSynced);
        await env.Control.ResetCallsAsync(cancellationToken);
        var before = ProcessStats.Read(server.ProcessId);
        var emulatorBefore = ProcessStats.Read(env.EmulatorProcessId);
        _step = "RunSync (measured)";
        var observed = await driver.RunAsync(plan.Id, cancellationToken);
        var after = ProcessStats.Read(server.ProcessId);
        var emulatorAfter = ProcessStats.Read(env.EmulatorProcessId);
        var calls = await env.Control.GetCallsAsync(cancellationToken);
        await env.Control.ClearFaultsAsync(cancellationToken);
        _step = "GetStatus";
        var linked = await driver.GetLinkedContactsAsync(plan.Id, cancellationToken);
        var m = new RunMeasurement(i, warmup, observed.WallSeconds, after.CpuSeconds - before.CpuSeconds, emulatorAfter.CpuSeconds - emulatorBefore.CpuSeconds, calls, floor, observed.Server, linked, settle);
        measurements.Add(m);
        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  [{s.Name}] {label}: {m.WallSeconds:0.000} s, {calls.Total} calls (floor {floor.Total}), server CPU {m.ServerCpuSeconds:0.00} s, emulator CPU {m.EmulatorCpuSeconds:0.00} s, outcome {observed.Server.Outcome}, Google +{observed.Server.GoogleCreated}/~{observed.Server.GoogleUpdated}, CRM +{observed.Server.CrmCreated}/~{observed.Server.CrmUpdated}"));
        EnsureSucceeded(observed, "the measured run");
        _step = "DeleteConfig";
        await driver.DeletePlanAsync(plan.Id, cancellationToken);
    }

    /// <summary>
    /// A completed first sync, one settling incremental run, then the scenario's edits on both sides (a later second than
    /// the sync).
    /// </summary>
    private async Task<SettlingRun> PrepareCompletedSyncAsync(ContactSyncDriver driver, ScenarioEdits edits, ScenarioDefinition s, string planId,
        string label, string tag, CancellationToken cancellationToken)
    {
        _step = "RunSync (preparatory first sync)";
        var first = await driver.RunAsync(planId, cancellationToken);
        log.WriteLine($"  [{s.Name}] {label}: preparatory first sync {first.WallSeconds:0.00} s, outcome {first.Server.Outcome}");
        EnsureSucceeded(first, "the preparatory first sync");

        // One settling incremental run: it reads back the first sync's own writes (Google sync-token
        // changes, CRM records modified during the sync), so the measured run sees the steady state. Plan runs
        // are minutes apart in production; the pause makes this one start ≥ 3 s after the first sync's last
        // write: the engine keeps its CRM watermark one second behind the CRM clock at its read and reads one second
        // before it (CrmWatermark), and the CRM clock it sees is the emulator's Date header, which Kestrel refreshes once
        // a second (up to a second behind). With 2.1 s the measured no-change run re-read the first sync's last-second
        // writes now and then (a second page: 4 calls instead of 3).
        await Task.Delay(TimeSpan.FromMilliseconds(3100), cancellationToken);
        _step = "RunSync (settling run)";
        await env.Control.ResetCallsAsync(cancellationToken);
        var settling = await driver.RunAsync(planId, cancellationToken);
        var settlingCalls = await env.Control.GetCallsAsync(cancellationToken);
        var settle = new SettlingRun(settling.WallSeconds, settlingCalls.Total, settlingCalls.Zoho, settlingCalls.Google, settling.Server.Outcome);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{s.Name}] {label}: settling incremental run {settling.WallSeconds:0.00} s, {settlingCalls.Total} calls ({settlingCalls.Zoho} Zoho + {settlingCalls.Google} Google), outcome {settling.Server.Outcome}"));
        EnsureSucceeded(settling, "the settling run");

        // Edits land in a later second than the sync (Zoho Modified_Time has second precision).
        await Task.Delay(TimeSpan.FromMilliseconds(1100), cancellationToken);
        _step = "editing records";
        if (s.EditsPerSide > 0)
        {
            await edits.EditBothSidesAsync(s.EditsPerSide, tag, cancellationToken);
        }

        return settle;
    }

    private static void EnsureSucceeded(RunObservation o, string what)
    {
        if (o.Server.Outcome is not "Succeeded")
        {
            throw new InvalidOperationException($"{what} ended {o.Server.Outcome}: {o.Server.Message}");
        }
    }

    private static ScenarioSummary? Summarize(ScenarioDefinition s, IReadOnlyList<RunMeasurement> runs, double peakRssMb)
    {
        if (runs.Count == 0)
        {
            return null;
        }

        var wall = Median(runs.Select(r => r.WallSeconds));
        var endpoints = runs.SelectMany(r => r.Calls.PerEndpoint.Keys).Distinct().Order(StringComparer.Ordinal)
            .ToDictionary(k => k, k => (long)Math.Round(Median(runs.Select(r => (double)r.Calls.PerEndpoint.GetValueOrDefault(k)))), StringComparer.Ordinal);
        var total = (long)Math.Round(Median(runs.Select(r => (double)r.Calls.Total)));
        var floor = runs[runs.Count / 2].Floor;
        var floorTotal = (int)Math.Round(Median(runs.Select(r => (double)r.Floor.Total)));
        double? cpFloorSeconds = s.LatencyMs > 0 ? floor.CriticalPathCalls * s.LatencyMs / 1000.0 : null;
        return new ScenarioSummary(
            runs.Count,
            wall,
            runs.Min(r => r.WallSeconds),
            runs.Max(r => r.WallSeconds),
            wall > 0 ? s.NominalContacts / wall : 0,
            endpoints,
            total,
            (long)Math.Round(Median(runs.Select(r => (double)r.Calls.Zoho))),
            (long)Math.Round(Median(runs.Select(r => (double)r.Calls.Google))),
            floorTotal,
            floor.Describe(),
            floorTotal > 0 ? (double)total / floorTotal : double.NaN,
            floor.CriticalPathCalls,
            floor.CriticalPathFormula,
            cpFloorSeconds,
            cpFloorSeconds is > 0 ? wall / cpFloorSeconds : null,
            peakRssMb,
            Median(runs.Select(r => r.ServerCpuSeconds)),
            Median(runs.Select(r => r.EmulatorCpuSeconds)),
            runs.Select(r => r.Server.Outcome).ToList(),
            runs.All(r => r.Settling is not null) ? (long)Math.Round(Median(runs.Select(r => (double)r.Settling!.TotalCalls))) : null);
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        return v.Count == 0 ? 0 : v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
    }

    private static double TryPeak(int pid)
    {
        try
        {
            return ProcessStats.Read(pid).PeakRssBytes / (1024.0 * 1024.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or FormatException)
        {
            return 0;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open: the scratch folder is under artifacts/ and removed by Clean.
        }
    }

    private static string Indent(string text) =>
        string.Join(Environment.NewLine, text.Split('\n').TakeLast(30).Select(l => "    " + l.TrimEnd('\r')));
}
