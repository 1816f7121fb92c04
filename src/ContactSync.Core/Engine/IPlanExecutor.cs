using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// What a run does with its plans: a real run applies them (<see cref="Applying.PlanApplier"/>), a dry run only describes
/// and counts them (<see cref="DryRunExecutor"/>). The run's steps are the same either way.
/// </summary>
internal interface IPlanExecutor
{
    /// <summary>True once Google refused creates for its contact limit: later pages plan no Google creates.</summary>
    bool GoogleAccountFull { get; }

    /// <summary>Contacts whose create Google refused for the limit (they wait, in the backlog).</summary>
    long GoogleWaiting { get; }

    /// <summary>Dry runs: every planned change in order; real runs: empty.</summary>
    IReadOnlyList<PlannedChange> PlannedChanges { get; }

    Task ApplyDeletionsAsync(DeletionPlan plan, CancellationToken cancellationToken);

    Task ApplyAsync(PagePlan plan, CancellationToken cancellationToken);

    /// <summary>Sends every write still queued.</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Advances the plan's cursor over what was applied.</summary>
    Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken);
}
