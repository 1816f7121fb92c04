namespace ContactSync.Core.Engine.Planning;

/// <summary>What every piece of the planner shares in a run: the plan's settings, the run's reads and its ledgers.</summary>
internal sealed class PlanningContext(SyncEngineSettings settings, int cap, GoogleChanges changes, FailingRecords failing)
{
    public SyncEngineSettings Settings { get; } = settings;

    public IReadOnlyList<ResolvedMapping> Mappings { get; } = ResolvedMapping.Resolve(settings);

    /// <summary>The Google changes of the run.</summary>
    public GoogleChanges Changes { get; } = changes;

    public FailingRecords Failing { get; } = failing;

    public PlanningLedger Ledger { get; } = new();

    public CapacityGate Gate { get; } = new(cap);

    public GoogleRoomRule GoogleRoom { get; } = new();

    public PlanBuilder NewPlan() => new(Gate, GoogleRoom);
}
