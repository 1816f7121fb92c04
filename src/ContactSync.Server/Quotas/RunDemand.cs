using System.Collections.Concurrent;
using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>One run drawing on the quotas in this process: the quotas its clients draw on, and the calls it still needs.</summary>
/// <param name="RunId">The run.</param>
/// <param name="View">Its clients' cost models.</param>
/// <param name="Work">What it still needs; null while its scope is not counted yet.</param>
internal sealed record RunDemand(string RunId, RunQuotaView View, RunWork? Work)
{
    private static readonly RunWork EveryKind = new(1, 1, 1, 1);

    private readonly IReadOnlyDictionary<QuotaKey, long> _units = UnitsByKey(View, Work ?? EveryKind);

    /// <summary>The calls on each quota, priced once (every run's are read by every other run's predictions).</summary>
    private readonly ConcurrentDictionary<QuotaKey, IReadOnlyList<long>> _grants = new();

    /// <summary>Its place among the active runs (earlier first); set by <see cref="RunDemands"/> when it is first added.</summary>
    public long Order { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset Started { get; init; }

    /// <summary>It has written something already (the pacer has served its writes: it is no longer a plan never served).</summary>
    public bool Served { get; init; }

    /// <summary>
    /// The units this run still needs of <paramref name="key"/>; a run not counted yet is taken to need
    /// <paramref name="assumed"/> units (another run's need) of every quota its calls draw on.
    /// </summary>
    public long UnitsOf(QuotaKey key, long assumed) =>
        Work is not null ? _units.GetValueOrDefault(key) : _units.ContainsKey(key) ? assumed : 0;

    /// <summary>The units of its remaining calls on <paramref name="key"/>, in the order it sends them (<paramref name="assumed"/> when not counted).</summary>
    public IReadOnlyList<long> GrantsOf(QuotaKey key, IReadOnlyList<long> assumed) =>
        Work is null ? (_units.ContainsKey(key) ? assumed : []) : _grants.GetOrAdd(key, k => RunCalls.Grants(View, Work, k));

    private static Dictionary<QuotaKey, long> UnitsByKey(RunQuotaView view, RunWork work) =>
        RunEtaEstimator.Workload(view, work).Needs.ToDictionary(n => n.Key, n => n.Units);
}
