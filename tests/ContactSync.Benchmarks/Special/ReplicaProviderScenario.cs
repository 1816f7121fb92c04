using System.Globalization;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Running;
using ContactSync.Benchmarks.Scenarios;
using ContactSync.Testing.Databases;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// <c>postgres-vs-sqlite-10k</c> (issue 15): the per-run 10k scenarios (those without added latency) run by the same
/// <see cref="ScenarioRunner"/> on one server on SQLite and on one server on a database of its own on the project's
/// PostgreSQL (<c>.ci/postgres.sh</c>), one after the other, each with one warm-up and four measured runs (two left the median at the mercy of one slow run); the target is
/// PostgreSQL's median wall within 1.2× of SQLite's.
/// </summary>
internal sealed class ReplicaProviderScenario : ISpecialScenario
{
    private const double MaxRatio = 1.2;
    private const int Runs = 4;
    private const int Warmups = 1;

    public string Name => "postgres-vs-sqlite-10k";

    public string Description => F($"the 10k scenarios ({string.Join(", ", Scenarios().Select(s => s.Name))}) on one server on SQLite, then on PostgreSQL; {Warmups} warm-up + {Runs} measured each");

    public async Task<SpecialResult> RunAsync(BenchEnvironment env, TextWriter log, CancellationToken cancellationToken)
    {
        var figures = new List<KeyValuePair<string, string>>();
        var targets = new List<TargetCheck>();
        var errors = new List<string>();
        foreach (var scenario in Scenarios())
        {
            var sqlite = await new ScenarioRunner(env, log).RunAsync(scenario, Runs, Warmups, cancellationToken);
            ScenarioResult postgres;
            try
            {
                postgres = await new ScenarioRunner(env with { ServerSettings = await PostgresSettingsAsync(env) }, log).RunAsync(scenario, Runs, Warmups, cancellationToken);
            }
            catch (InvalidOperationException e) when (!cancellationToken.IsCancellationRequested)
            {
                // PostgreSQL could not be installed or started (the script's message): nothing to compare with.
                errors.Add(e.Message);
                log.WriteLine($"  [{Name}] stopped: {e.Message}");
                break;
            }

            Compare(scenario.Name, sqlite, postgres, figures, targets, errors, log);
        }

        return new SpecialResult(Name, Description, figures, targets, errors.Count == 0 ? null : string.Join(" | ", errors));
    }

    /// <summary>The per-run scenarios of 10,000 contacts without added latency.</summary>
    private static IEnumerable<ScenarioDefinition> Scenarios() =>
        ScenarioCatalog.All.Where(s => s.Name.EndsWith("-10k", StringComparison.Ordinal) && s.LatencyMs == 0);

    /// <summary>The bench's server settings plus a new database of its own on the shared PostgreSQL.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> PostgresSettingsAsync(BenchEnvironment env)
    {
        var server = await PostgresServer.GetAsync();
        return new Dictionary<string, string>(env.ServerSettings)
        {
            ["ContactSync:Database:Provider"] = "PostgreSql",
            ["ContactSync:Database:ConnectionString"] = server.NewConnectionString("bench_10k"),
        };
    }

    private static void Compare(string name, ScenarioResult sqlite, ScenarioResult postgres, List<KeyValuePair<string, string>> figures, List<TargetCheck> targets, List<string> errors, TextWriter log)
    {
        foreach (var failed in new[] { sqlite, postgres }.Where(r => r.Error is not null))
        {
            errors.Add(F($"{name}: {failed.Error}"));
        }

        if (sqlite.Summary is not { } s || postgres.Summary is not { } p)
        {
            return;
        }

        var ratio = p.MedianWallSeconds / s.MedianWallSeconds;
        log.WriteLine(F($"  [{name}] median wall SQLite {s.MedianWallSeconds:0.000} s, PostgreSQL {p.MedianWallSeconds:0.000} s: {ratio:0.00}×; server CPU {s.MedianServerCpuSeconds:0.00} / {p.MedianServerCpuSeconds:0.00} s; calls {s.TotalCalls} / {p.TotalCalls}"));
        figures.Add(new(F($"{name} wall s SQLite / PG"), F($"{s.MedianWallSeconds:0.00} / {p.MedianWallSeconds:0.00}")));
        // The server process only: PostgreSQL's own processes are not in it (SQLite runs inside the server).
        figures.Add(new(F($"{name} server CPU s SQLite / PG"), F($"{s.MedianServerCpuSeconds:0.00} / {p.MedianServerCpuSeconds:0.00}")));
        targets.Add(new(F($"{name}: PostgreSQL ≤ {MaxRatio:0.0}× SQLite (median wall)"), F($"{ratio:0.00}× (calls {p.TotalCalls} vs {s.TotalCalls})"), ratio <= MaxRatio && p.TotalCalls <= s.TotalCalls));
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
