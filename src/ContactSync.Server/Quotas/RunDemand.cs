using ContactSync.Http.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>One run drawing on the quotas in this process: the quotas its clients draw on, and the calls it still needs.</summary>
/// <param name="RunId">The run.</param>
/// <param name="View">Its clients' cost models.</param>
/// <param name="Work">What it still needs; null while its scope is not counted yet.</param>
internal sealed record RunDemand(string RunId, RunQuotaView View, RunWork? Work)
{
    private readonly IReadOnlyDictionary<QuotaKey, long>? _units = Work is null ? null : UnitsByKey(View, Work);

    /// <summary>
    /// The units this run still needs of <paramref name="key"/>; a run not counted yet is taken to need
    /// <paramref name="assumed"/> (another run's work) on its own quotas.
    /// </summary>
    public long UnitsOf(QuotaKey key, RunWork assumed)
    {
        var units = _units ?? UnitsByKey(View, assumed);
        return units.GetValueOrDefault(key);
    }

    private static Dictionary<QuotaKey, long> UnitsByKey(RunQuotaView view, RunWork work) =>
        RunEtaEstimator.Workload(view, work).Needs.ToDictionary(n => n.Key, n => n.Units);
}
