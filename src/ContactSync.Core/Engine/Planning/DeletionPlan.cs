namespace ContactSync.Core.Engine.Planning;

/// <summary>The run's deletions, planned before anything is written so the breaker can stop the run cleanly.</summary>
/// <param name="Steps">One step per linked pair with a deleted record.</param>
/// <param name="Resolutions">Failing pairs that end now (unlinked pairs).</param>
/// <param name="Destructive">How many steps delete or quarantine a record.</param>
/// <param name="BreakerMessage">Set when the mass-deletion breaker stops the run: nothing is written.</param>
internal sealed record DeletionPlan(IReadOnlyList<PlannedDeletion> Steps, IReadOnlyList<PairKey> Resolutions, int Destructive, string? BreakerMessage)
{
    /// <summary>True when the breaker stops the run.</summary>
    public bool Paused => BreakerMessage is not null;
}
