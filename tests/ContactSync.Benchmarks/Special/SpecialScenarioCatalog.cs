using ContactSync.Benchmarks.Running;

namespace ContactSync.Benchmarks.Special;

/// <summary>The organisation-scale scenarios, in the order they run (after the per-run scenarios).</summary>
internal static class SpecialScenarioCatalog
{
    public static IReadOnlyList<ISpecialScenario> All { get; } =
    [
        new AccountLimitScenario(),
        new NearRealTimeScenario(),
        new OrgScenario(),
        new ReplicaScenario(),
        new ReplicaProviderScenario(),
    ];

    public static ISpecialScenario? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the scenarios named (all of them when no name is given), one after another.</summary>
    public static async Task<IReadOnlyList<SpecialResult>> RunAsync(IReadOnlyList<string> names, BenchEnvironment env, TextWriter log, CancellationToken cancellationToken)
    {
        var results = new List<SpecialResult>();
        foreach (var scenario in All.Where(s => names.Count == 0 || names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)))
        {
            log.WriteLine($"Scenario {scenario.Name}: {scenario.Description}");
            results.Add(await scenario.RunAsync(env, log, cancellationToken));
        }

        return results;
    }
}
