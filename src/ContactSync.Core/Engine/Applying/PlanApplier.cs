using ContactSync.Core.Engine.Planning;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Executes plans through the ports: queues each plan's writes, sends them in batches at the APIs' maxima (Google 200,
/// Zoho 100, group members 1,000) and commits the state of every applied batch in one transaction (links, snapshots, the
/// matching index, failures and their resolutions, intents). Writes-ahead intents are durable before CRM creates; group
/// additions before the links they belong to; unknown outcomes are looked up before anything is sent again.
/// </summary>
internal sealed class PlanApplier : IPlanExecutor
{
    private readonly ApplyState _state;
    private readonly BatchFlusher _flusher;
    private readonly DeletionWriter _deletions;

    /// <summary>An applier for one run; with <paramref name="googleAccountFull"/> (the account was found full before the run) no Google contact is created, they wait.</summary>
    public PlanApplier(SyncEngineSettings settings, RunPorts ports, GoogleChanges changes, RunProgress progress, bool googleAccountFull = false)
    {
        _state = new ApplyState(settings, ports, changes, progress) { GoogleAccountFull = googleAccountFull };
        _flusher = new BatchFlusher(_state);
        _deletions = new DeletionWriter(_state);
    }

    public bool GoogleAccountFull => _state.GoogleAccountFull;

    public long GoogleWaiting => _state.GoogleWaiting;

    public IReadOnlyList<PlannedChange> PlannedChanges => [];

    public Task ApplyDeletionsAsync(DeletionPlan plan, CancellationToken cancellationToken) => _deletions.ApplyAsync(plan, cancellationToken);

    /// <summary>Queues the plan's writes, sends the batches that are full and commits what the plan settles.</summary>
    public async Task ApplyAsync(PagePlan plan, CancellationToken cancellationToken)
    {
        foreach (var item in plan.Items)
        {
            Stage(item);
        }

        var pending = _state.Pending;
        foreach (var pair in plan.Resolutions)
        {
            _state.Resolve(pair);
        }

        pending.RemovePending.AddRange(plan.SettledIntents);
        pending.UpsertSeen.AddRange(plan.Seen);
        pending.RemoveSeen.AddRange(plan.Unseen);
        await _flusher.FlushAsync(force: false, cancellationToken);

        // The matching index holds the records still unlinked after this page's writes (linked ones have their link).
        _state.Pending.UpsertSeen.AddRange(plan.IndexUnlessLinked.Where(s => !_state.LinkedCrm.Contains(s.Id)));
        await _state.CommitAsync(cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _flusher.FlushAsync(force: true, cancellationToken);

    public Task SaveCursorAsync(SyncCursor cursor, CancellationToken cancellationToken) =>
        _state.Ports.Store.SaveCursorAsync(_state.Ports.PlanId, cursor, cancellationToken);

    private void Stage(PlanItem item)
    {
        switch (item)
        {
            case PlannedFailure failure:
                _state.RecordFailure(failure.Side, failure.RecordId, failure.Email, new PairKey(failure.CrmId, failure.GoogleName), failure.Code, failure.Message);
                break;
            case PlannedGroupAddition addition:
                _state.GroupAdds.Add(addition.GoogleName);
                break;
            case PlannedPair { WritesNothing: true } pair:
                StageLink(pair);
                break;
            case PlannedPair pair:
                Queue(PairWork.For(pair), create: false);
                break;
            case PlannedCreate create:
                Queue(PairWork.For(create), create: true);
                if (create.Intent is { } intent)
                {
                    _state.Pending.AddPending.Add(intent);
                }

                break;
        }
    }

    /// <summary>A pair with nothing to write: its link is saved when new or changed, and its failure ends.</summary>
    private void StageLink(PlannedPair pair)
    {
        if (pair.SaveLink)
        {
            _state.SaveLink(new SyncLink(pair.CrmId, pair.GoogleName, pair.Etag, pair.State, pair.Snapshot, pair.Email));
        }

        if (pair.ResolvesFailure)
        {
            _state.Resolve(new PairKey(pair.CrmId, pair.GoogleName));
        }
    }

    private void Queue(PairWork work, bool create)
    {
        var (toGoogle, toCrm) = (work.GoogleWrite is not null, work.CrmWrite is not null);
        work.PendingWrites = (toGoogle ? 1 : 0) + (toCrm ? 1 : 0);
        if (toGoogle)
        {
            (create ? _state.GoogleCreates : _state.GoogleUpdates).Add(work);
        }

        if (toCrm)
        {
            (create ? _state.CrmCreates : _state.CrmUpdates).Add(work);
        }
    }
}
