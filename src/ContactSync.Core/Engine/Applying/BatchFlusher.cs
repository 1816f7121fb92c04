namespace ContactSync.Core.Engine.Applying;

/// <summary>
/// Sends the queued writes in batches at the APIs' maxima (Google 200, Zoho 100), in the order Google creates, Google
/// updates, CRM creates, CRM updates, and commits the state after every batch. Writes queue across pages, so a batch is
/// sent once it is full, and the rest when the run ends.
/// </summary>
internal sealed class BatchFlusher
{
    private readonly ApplyState _state;
    private readonly GoogleCreateWriter _googleCreates;
    private readonly GoogleUpdateWriter _googleUpdates;
    private readonly CrmCreateWriter _crmCreates;
    private readonly CrmUpdateWriter _crmUpdates;

    public BatchFlusher(ApplyState state)
    {
        var settlement = new CrmWriteSettlement(state);
        _state = state;
        _googleCreates = new GoogleCreateWriter(state);
        _googleUpdates = new GoogleUpdateWriter(state);
        _crmCreates = new CrmCreateWriter(state, settlement);
        _crmUpdates = new CrmUpdateWriter(state, settlement);
    }

    public async Task FlushAsync(bool force, CancellationToken cancellationToken)
    {
        var (google, crm) = (_state.Ports.Google.MaxBatchSize, _state.Ports.Crm.MaxBatchSize);
        await FlushAsync(_state.GoogleCreates, google, force, _googleCreates.ApplyAsync, cancellationToken);
        await FlushAsync(_state.GoogleUpdates, google, force, _googleUpdates.ApplyAsync, cancellationToken);
        await FlushAsync(_state.CrmCreates, crm, force, _crmCreates.ApplyAsync, cancellationToken);
        await FlushAsync(_state.CrmUpdates, crm, force, _crmUpdates.ApplyAsync, cancellationToken);
        await _state.CommitAsync(cancellationToken);

        // A stale etag re-queues an update; settle those too when the run ends.
        if (force && _state.GoogleUpdates.Count > 0)
        {
            await FlushAsync(_state.GoogleUpdates, google, force, _googleUpdates.ApplyAsync, cancellationToken);
            await _state.CommitAsync(cancellationToken);
        }
    }

    private async Task FlushAsync(List<PairWork> queue, int batchSize, bool force, Func<IReadOnlyList<PairWork>, CancellationToken, Task> apply, CancellationToken cancellationToken)
    {
        while (queue.Count >= batchSize || (force && queue.Count > 0))
        {
            var batch = queue.Take(batchSize).ToList();
            queue.RemoveRange(0, batch.Count);
            await apply(batch, cancellationToken);
            await _state.CommitAsync(cancellationToken);
            _state.Progress.Report($"Wrote a batch of {batch.Count}");
        }
    }
}
