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

    /// <summary>
    /// The units this run still needs of <paramref name="key"/>; a run not counted yet is taken to need
    /// <paramref name="assumed"/> units (another run's need) of every quota its calls draw on.
    /// </summary>
    public long UnitsOf(QuotaKey key, long assumed) =>
        Work is not null ? _units.GetValueOrDefault(key) : _units.ContainsKey(key) ? assumed : 0;

    private static Dictionary<QuotaKey, long> UnitsByKey(RunQuotaView view, RunWork work) =>
        RunEtaEstimator.Workload(view, work).Needs.ToDictionary(n => n.Key, n => n.Units);
}
