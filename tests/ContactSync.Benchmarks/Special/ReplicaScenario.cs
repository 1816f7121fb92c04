using System.Globalization;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Running;
using Grpc.Core;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// <c>replicas-3-postgres</c> (issue 15): 200 plans of 500 contacts each (one per CRM user, CRM → Google), all due at once
/// and run by the scheduler, on three server replicas sharing one PostgreSQL, on one replica on PostgreSQL and on one
/// server on SQLite; same emulators, no quotas. Per configuration: total wall, calls per plan against the floor, the
/// 95th percentile from "due" to "started", lease takeovers, and whether a plan ran twice in its interval (from the run
/// records). Plans are first due 20 s after the roll-out saved them (<c>ContactSync:Runs:FirstRunDelay</c>), the
/// scheduler looks every second. PostgreSQL is the project's throw-away cluster (<c>.ci/postgres.sh</c>, installed when missing); when it
/// cannot be started the PostgreSQL configurations become the scenario's error and the SQLite one still runs.
/// </summary>
internal sealed class ReplicaScenario : ISpecialScenario
{
    public string Name => "replicas-3-postgres";

    public string Description => F($"{ReplicaRound.Users} plans × {ReplicaRound.ContactsPerUser} contacts (CRM → Google, one per CRM user), all due at once, run by the scheduler: 3 replicas on one PostgreSQL vs 1 on PostgreSQL vs 1 on SQLite; no quotas");

    public async Task<SpecialResult> RunAsync(BenchEnvironment env, TextWriter log, CancellationToken cancellationToken)
    {
        var figures = new List<KeyValuePair<string, string>>();
        var targets = new List<TargetCheck>();
        var errors = new List<string>();
        var round = new ReplicaRound(env, log);
        foreach (var configuration in ReplicaConfiguration.All)
        {
            try
            {
                var result = await round.RunAsync(configuration, cancellationToken);
                Report(result, figures, targets, log);
            }
            catch (Exception e) when (e is RpcException or InvalidOperationException or HttpRequestException or IOException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                var error = F($"{configuration.Label}: {e.Message}");
                errors.Add(error);
                log.WriteLine($"  [{Name}] stopped: {error}");
            }
        }

        figures.Add(new("floor per plan", ReplicaFloor.Describe(ReplicaRound.ContactsPerUser)));
        return new SpecialResult(Name, Description, figures, targets, errors.Count == 0 ? null : string.Join(" | ", errors));
    }

    private static void Report(ReplicaRoundResult r, List<KeyValuePair<string, string>> figures, List<TargetCheck> targets, TextWriter log)
    {
        var label = r.Configuration.Label;
        log.WriteLine(F($"  [{label}] wall {r.WallSeconds:0.0} s, {r.TotalCalls} calls recorded by the runs ({r.CallsPerPlan:0.00} a plan, max {r.MaxPlanCalls}, floor {r.FloorCallsPerPlan}), due→started p95 {r.DueToStartP95Seconds:0.0} s (max {r.DueToStartMaxSeconds:0.0} s), {r.Runs} runs, {r.NotSucceeded} not succeeded, {r.NotRun} plans not run, {r.RanTwice} ran twice, {r.Takeovers} takeovers, {r.Retries} retries"));
        log.WriteLine($"  [{label}] emulator calls after the roll-out: {r.Endpoints}");
        figures.Add(new(F($"{label}: wall s"), F($"{r.WallSeconds:0.0}")));
        figures.Add(new(F($"{label}: calls/plan"), F($"{r.CallsPerPlan:0.00}, max {r.MaxPlanCalls} (floor {r.FloorCallsPerPlan})")));
        figures.Add(new(F($"{label}: due→started p95 s"), F($"{r.DueToStartP95Seconds:0.0} (max {r.DueToStartMaxSeconds:0.0})")));
        figures.Add(new(F($"{label}: lease takeovers"), F($"{r.Takeovers}")));
        figures.Add(new(F($"{label}: runs"), F($"{r.Runs} ({r.Retries} retries)")));
        targets.Add(new(F($"{label}: every plan ran once and succeeded"), F($"{r.Runs} runs of {r.Plans} plans, {r.NotRun} not run, {r.NotSucceeded} not succeeded"), r.NotRun == 0 && r.NotSucceeded == 0 && r.Runs == r.Plans));
        targets.Add(new(F($"{label}: no plan ran twice in its interval"), F($"{r.RanTwice} plans"), r.RanTwice == 0));
        targets.Add(new(F($"{label}: calls per plan at the floor ({r.FloorCallsPerPlan})"), F($"{r.CallsPerPlan:0.00}, max {r.MaxPlanCalls}"), r.MaxPlanCalls <= r.FloorCallsPerPlan));
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
