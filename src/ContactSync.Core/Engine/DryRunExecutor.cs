using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// A dry run: plan, don't apply. Each plan is described (the result's planned changes, with fields and values) and
/// counted as if it were written; nothing is written to either side or to the plan's state.
/// </summary>
internal sealed class DryRunExecutor(RunProgress progress) : IPlanExecutor
{
    private readonly List<PlannedChange> _planned = [];
    private readonly HashSet<string> _googleUpdated = new(StringComparer.Ordinal);

    public bool GoogleAccountFull => false;

    public long GoogleWaiting => 0;

    public IReadOnlyList<PlannedChange> PlannedChanges => _planned;

    public Task ApplyDeletionsAsync(DeletionPlan plan, CancellationToken cancellationToken)
    {
        foreach (var step in plan.Steps)
        {
            _planned.AddRange(step.Describe());
            if (step.Action is PlannedAction.Delete or PlannedAction.Quarantine)
            {
                progress.Of(step.Target).Deleted++;
            }
        }

        return Task.CompletedTask;
    }

    public Task ApplyAsync(PagePlan plan, CancellationToken cancellationToken)
    {
        foreach (var item in plan.Items)
        {
            _planned.AddRange(item.Describe());
            Count(item);
        }

        return Task.CompletedTask;
    }

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken) => Task.CompletedTask;

    private void Count(PlanItem item)
    {
        switch (item)
        {
            case PlannedFailure failure:
                progress.Fail(failure.Side);
                break;
            case PlannedGroupAddition addition:
                CountGoogleUpdate(addition.GoogleName);
                break;
            case PlannedPair pair:
                if (pair.ToGoogle is not null)
                {
                    CountGoogleUpdate(pair.GoogleName);
                }

                if (pair.ToCrm is not null)
                {
                    progress.Crm.Updated++;
                }

                break;
            case PlannedCreate create:
                progress.Of(create.Target).Created++;
                break;
        }
    }

    private void CountGoogleUpdate(string resourceName)
    {
        if (_googleUpdated.Add(resourceName))
        {
            progress.Google.Updated++;
        }
    }
}
