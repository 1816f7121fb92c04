using System.Collections.Concurrent;

namespace ContactSync.Server.Quotas;

/// <summary>
/// The runs active on the paced quotas in this process and what each still needs (the ETA's view of who shares a quota):
/// a run is added when it starts (its work unknown until its scope is counted), updated with every prediction and removed
/// when it ends. Each run keeps the place and start it was first added with. Thread-safe.
/// </summary>
internal sealed class RunDemands
{
    private readonly ConcurrentDictionary<string, RunDemand> _runs = new(StringComparer.Ordinal);
    private long _arrivals;

    /// <summary>Adds or updates <paramref name="demand"/>'s run.</summary>
    public void Set(RunDemand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        _runs.AddOrUpdate(
            demand.RunId,
            _ => demand with { Order = Interlocked.Increment(ref _arrivals) },
            (_, old) => demand with { Order = old.Order, Started = old.Started });
    }

    /// <summary>The run has ended: it shares no quota any more.</summary>
    public void Remove(string runId) => _runs.TryRemove(runId, out _);

    /// <summary>Every active run now.</summary>
    public IReadOnlyList<RunDemand> Snapshot() => [.. _runs.Values];
}
