namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Turns published record changes into callbacks: for each live channel subscribed to the change's event (and, for
/// edits, whose notification_condition holds), one callback per published group and event, or per
/// <see cref="ZohoWatchOptions.BatchWindow"/>. Expiry is checked when the change happens: an expired channel gets
/// nothing. Called under the Zoho state's lock; never calls back into the state, never waits.
/// </summary>
internal sealed class ZohoNotifier(TimeProvider time, ZohoWatchOptions options, ZohoWatchChannels channels, ZohoNotificationQueue queue)
{
    private readonly object _sync = new();
    private readonly Dictionary<(long Channel, ZohoRecordEvent Kind), ZohoPendingBatch> _open = [];

    /// <summary>Batches still inside their window.</summary>
    public int OpenBatches
    {
        get
        {
            lock (_sync)
            {
                return _open.Count;
            }
        }
    }

    /// <summary>Receives the changes of one API call (or one test-helper change).</summary>
    public void Publish(IReadOnlyList<ZohoChange> changes)
    {
        var live = channels.Live();
        if (live.Count == 0)
        {
            return;
        }

        foreach (var group in changes.GroupBy(c => c.Kind))
        {
            foreach (var channel in live.Where(c => c.Events.HasFlag(group.Key)))
            {
                var matching = group.Key == ZohoRecordEvent.Edit && channel.Condition is { } condition
                    ? group.Where(c => condition.IsMetBy(c.Fields)).ToList()
                    : group.ToList();
                if (matching.Count > 0)
                {
                    Add(channel, group.Key, matching);
                }
            }
        }
    }

    /// <summary>Forgets open batches (their changes are not notified).</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _open.Clear();
        }
    }

    private void Add(ZohoWatchChannel channel, ZohoRecordEvent kind, List<ZohoChange> changes)
    {
        if (options.BatchWindow <= TimeSpan.Zero)
        {
            queue.Submit(ZohoNotificationBody.Build(channel, kind, changes, time.GetUtcNow(), options));
            return;
        }

        ZohoPendingBatch batch;
        lock (_sync)
        {
            if (_open.TryGetValue((channel.Id, kind), out var open))
            {
                open.Changes.AddRange(changes);
                return;
            }

            batch = new ZohoPendingBatch(channel, kind);
            batch.Changes.AddRange(changes);
            _open[(channel.Id, kind)] = batch;
        }

        _ = FlushLaterAsync(batch);
    }

    private async Task FlushLaterAsync(ZohoPendingBatch batch)
    {
        try
        {
            await Task.Delay(options.BatchWindow, time, queue.Stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_sync)
        {
            // Submitted under the lock, so the batch is never out of both the open set and the queue's pending count.
            if (_open.TryGetValue((batch.Channel.Id, batch.Kind), out var open) && ReferenceEquals(open, batch))
            {
                _open.Remove((batch.Channel.Id, batch.Kind));
                queue.Submit(ZohoNotificationBody.Build(batch.Channel, batch.Kind, batch.Changes, time.GetUtcNow(), options));
            }
        }
    }
}
