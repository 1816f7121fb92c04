using System.Collections.Concurrent;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// The active-run table: the runs executing in this process (at most one per plan), each plan's start lock, and the
/// token that stops every run when the server stops.
/// </summary>
internal sealed class ActiveRuns : IDisposable
{
    private readonly ConcurrentDictionary<string, ActiveRun> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _startGates = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    public ActiveRuns(IHostApplicationLifetime lifetime) => lifetime.ApplicationStopping.Register(_stopping.Cancel);

    public ActiveRun? FindByRun(string runId) => _runs.Values.FirstOrDefault(r => r.RunId == runId);

    public ActiveRun? FindByPlan(string planId) => _runs.GetValueOrDefault(planId);

    /// <summary>Adds a run that has started (its plan had none here).</summary>
    public void Add(ActiveRun run) => _runs[run.PlanId] = run;

    /// <summary>Removes a run that has ended.</summary>
    public void Remove(ActiveRun run) => _runs.TryRemove(new KeyValuePair<string, ActiveRun>(run.PlanId, run));

    /// <summary>The lock a start of the plan holds while it records the run (no lock is shared between plans).</summary>
    public SemaphoreSlim StartGate(string planId) => _startGates.GetOrAdd(planId, _ => new SemaphoreSlim(1, 1));

    /// <summary>A cancellation for a new run, cancelled also when the server stops.</summary>
    public CancellationTokenSource NewCancellation() => CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        foreach (var gate in _startGates.Values)
        {
            gate.Dispose();
        }
    }
}
