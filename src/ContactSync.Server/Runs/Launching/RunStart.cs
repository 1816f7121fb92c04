using ContactSync.Server.Runs.Progress;

namespace ContactSync.Server.Runs.Launching;

/// <summary>What a start brings under the plan's start lock: the ports built before it, and what was asked.</summary>
/// <param name="Ports">The run's ports (disposed by whoever ends up not using them).</param>
/// <param name="Api">Counts the run's API calls (the port clients report to it).</param>
/// <param name="Full">Whether every contact in scope is read.</param>
/// <param name="DryRun">Whether the run only plans.</param>
/// <param name="Trigger">What started it.</param>
internal sealed record RunStart(RunPorts Ports, RunApiObserver Api, bool Full, bool DryRun, RunTriggerKind Trigger)
{
    /// <summary>Asked under the plan's lease before the run is recorded; false gives the lease back (see <see cref="RunLauncher.StartOrJoinAsync(Core.Plans.StoredSyncPlan, bool, bool, RunTriggerKind, IReadOnlyList{string}?, CancellationToken, Func{CancellationToken, Task{bool}}?)"/>).</summary>
    public Func<CancellationToken, Task<bool>>? StillDue { get; init; }

    /// <summary>A near-real-time run's CRM records (<see cref="Core.Engine.SyncRunRequest.CrmIds"/>); null for every other run.</summary>
    public IReadOnlyList<string>? CrmIds { get; init; }
}
