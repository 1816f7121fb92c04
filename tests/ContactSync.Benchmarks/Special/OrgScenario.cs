using System.Diagnostics;
using System.Globalization;
using ContactSync.Benchmarks.Api;
using ContactSync.Benchmarks.Emulator;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Running;
using ContactSync.Grpc.V1;
using Google.Protobuf.WellKnownTypes;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// <c>org-200-users</c> (issue 14): 200 CRM users with 500 contacts each and a Google account each (100 contacts, 50 of
/// them with the email of one of the user's CRM contacts), one plan per user rolled out from one template, every first
/// sync started at once under the organisation's quotas (<see cref="OrgQuotas"/>, compressed). Measures the refusals
/// (429s), the wall against the quota floor, and how evenly the plans were served.
/// </summary>
internal sealed class OrgScenario : ISpecialScenario
{
    private const int Users = 200;
    private const int ZohoPerUser = 500;
    private const int GooglePerUser = 100;
    private const int OverlapPerUser = 50;
    private const double MaxFloorRatio = 1.15;

    public string Name => "org-200-users";

    public string Description => F($"{Users} CRM users × {ZohoPerUser} contacts, {Users} Google accounts × {GooglePerUser} ({OverlapPerUser} shared emails), one plan each from RollOutPlans, all first syncs bidirectional at once under the quotas ({OrgQuotas.ProjectCriticalWritesPerMinute} critical writes a minute per project, time × {OrgQuotas.TimeScale}, pacer window margin {OrgQuotas.WindowMargin.TotalMilliseconds:0} ms); predicted ETA = each run's first prediction, made once it is started and its scope counted");

    public Task<SpecialResult> RunAsync(BenchEnvironment env, TextWriter log, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrgUserInfo> users = [];
        return SpecialServerRun.RunAsync(
            this,
            env,
            log,
            OrgQuotas.ServerSettings(Users),
            prepare: async () =>
            {
                await env.Control.SeedAsync(0, 0, 0, 42, cancellationToken);
                users = await env.Control.SeedOrgAsync(Users, ZohoPerUser, GooglePerUser, OverlapPerUser, 42, cancellationToken);
            },
            measure: async (driver, figures, targets) =>
            {
                var plans = await driver.RollOutAsync(Template(), users.Select(u => u.ZohoUserId), cancellationToken);
                log.WriteLine($"  [{Name}] {plans.Count} plans rolled out");
                await env.Control.SetQuotasAsync(OrgQuotas.EmulatorOptions(Users), cancellationToken);
                await env.Control.ResetCallsAsync(cancellationToken);
                var runs = await RunAllAsync(driver, plans, cancellationToken);
                var calls = await env.Control.GetCallsAsync(cancellationToken);
                var refusals = await env.Control.GetQuotaRefusalsAsync(cancellationToken);
                Report(runs, calls, refusals, figures, targets, log);
            },
            restore: () => env.Control.SetQuotasAsync([], CancellationToken.None),
            cancellationToken);
    }

    /// <summary>Bidirectional, the CRM wins, manual, "All Contacts" and the "ContactSync" group of each account, no caps.</summary>
    private static PlanTemplate Template() => new()
    {
        Name = "Org – {email}",
        Direction = SyncDirection.Bidirectional,
        ConflictWinner = ConflictWinner.Crm,
        CrmViewName = "All Contacts",
        GoogleGroupName = "ContactSync",
        Caps = new RunCaps { FirstRun = 0, LaterRuns = 0 },
    };

    /// <summary>Starts every plan's run at once and waits for all; each with its end as seconds after the common start.</summary>
    private static async Task<OrgRuns> RunAllAsync(ContactSyncDriver driver, IReadOnlyList<SyncPlan> plans, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var observed = await Task.WhenAll(plans.Select(async p =>
        {
            var run = await driver.RunAsync(p.Id, cancellationToken);
            return (Run: run, EndSeconds: clock.Elapsed.TotalSeconds);
        }));
        return new OrgRuns(clock.Elapsed.TotalSeconds, observed.Select(o => o.Run).ToList(), observed.Select(o => o.EndSeconds).ToList());
    }

    private void Report(OrgRuns runs, CallCounts calls, long refusals, List<KeyValuePair<string, string>> figures, List<TargetCheck> targets, TextWriter log)
    {
        var failed = runs.Runs.Count(r => r.Server.Outcome != "Succeeded");
        var created = runs.Runs.Sum(r => (long)r.Server.GoogleCreated + r.Server.CrmCreated);
        var units = OrgQuotas.CriticalWriteUnits(calls);
        var floor = OrgQuotas.Floor(units).TotalSeconds;
        var ends = runs.EndSeconds.Order().ToList();
        var median = ends[ends.Count / 2];
        log.WriteLine(F($"  [{Name}] {runs.WallSeconds:0.0} s, {calls.Total} calls, {refusals} refusals, {failed} runs not succeeded, quota floor {floor:0.0} s ({units} critical write units)"));

        log.WriteLine(F($"  [{Name}] per run (by end): end s / predicted s / actual s"));
        foreach (var (run, end) in runs.Runs.Zip(runs.EndSeconds).OrderBy(r => r.Second))
        {
            log.WriteLine(F($"    {end:0.0} / {run.Server.PredictedSeconds:0.0} / {run.Server.ActualSeconds:0.0}"));
        }

        figures.Add(new("wall s", F($"{runs.WallSeconds:0.0}")));
        figures.Add(new("quota floor s", F($"{floor:0.0} = (⌈{units} units / {OrgQuotas.ProjectCriticalWritesPerMinute}⌉ − 1) × {OrgQuotas.Window.TotalSeconds:0.#} s")));
        figures.Add(new("contacts created", F($"{created:N0} (Google + CRM)")));
        figures.Add(new("API calls", F($"{calls.Total} ({calls.Zoho} + {calls.Google})")));
        figures.Add(new("plan end s (min / median / max)", F($"{ends[0]:0.0} / {median:0.0} / {ends[^1]:0.0}")));
        targets.Add(new("0 × 429, every run succeeded", F($"{refusals} × 429, {failed} of {runs.Runs.Count} runs not succeeded"), refusals == 0 && failed == 0));
        targets.Add(new(F($"wall ≤ {MaxFloorRatio:0.00} × quota floor"), F($"{runs.WallSeconds:0.0} s = {(floor > 0 ? runs.WallSeconds / floor : double.PositiveInfinity):0.00}×"), floor > 0 && runs.WallSeconds <= MaxFloorRatio * floor));
        targets.Add(EtaTarget(runs.Runs, figures));
        targets.Add(new("no plan waits past 2 × its fair share (equal plans: the median plan's time)", F($"max {ends[^1]:0.0} s, median {median:0.0} s"), ends[^1] <= 2 * median));
    }

    /// <summary>
    /// The ETA first predicted for each run (SyncRun.predicted_duration: the prediction made once the run is started and its
    /// scope counted, before its engine's first call, with every run then active sharing the quotas) against its actual length.
    /// </summary>
    private static TargetCheck EtaTarget(IReadOnlyList<RunObservation> runs, List<KeyValuePair<string, string>> figures)
    {
        var errors = runs.Where(r => r.Server.PredictedSeconds is > 0 && r.Server.ActualSeconds is > 0)
            .Select(r => Math.Abs(r.Server.PredictedSeconds!.Value - r.Server.ActualSeconds!.Value) / r.Server.ActualSeconds!.Value)
            .Order().ToList();
        var within = errors.Count(e => e <= 0.10);
        var p50 = errors.Count == 0 ? double.NaN : errors[errors.Count / 2];
        var ratios = runs.Where(r => r.Server.PredictedSeconds is > 0 && r.Server.ActualSeconds is > 0)
            .Select(r => r.Server.PredictedSeconds!.Value / r.Server.ActualSeconds!.Value).Order().ToList();
        var ratio50 = ratios.Count == 0 ? double.NaN : ratios[ratios.Count / 2];
        figures.Add(new("ETA error (predicted vs actual, median)", F($"{p50:P0} over {errors.Count} predicted runs; predicted / actual median {ratio50:0.00}")));
        return new TargetCheck("predicted ETA within ±10 % of the actual for ≥ 90 % of plans", F($"{within} of {runs.Count} plans"), within >= 0.9 * runs.Count);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
