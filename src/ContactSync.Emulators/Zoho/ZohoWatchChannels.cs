namespace ContactSync.Emulators.Zoho;

/// <summary>
/// The org's Watch channels, keyed by channel_id. An expired channel no longer exists for anyone: it is left out of
/// every answer and removed on the next access, so it delivers nothing and cannot be renewed (the documents say an
/// expired channel must be enabled again). Thread-safe.
/// </summary>
internal sealed class ZohoWatchChannels(TimeProvider time)
{
    private readonly object _sync = new();
    private readonly SortedDictionary<long, ZohoWatchChannel> _channels = [];

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Live channels in channel_id order.</summary>
    public IReadOnlyList<ZohoWatchChannel> Live()
    {
        lock (_sync)
        {
            Prune();
            return _channels.Values.ToList();
        }
    }

    /// <summary>Adds or replaces a channel; false when it is new and <paramref name="maxChannels"/> (&gt; 0) are live already.</summary>
    public bool TryPut(ZohoWatchChannel channel, int maxChannels)
    {
        lock (_sync)
        {
            Prune();
            if (maxChannels > 0 && !_channels.ContainsKey(channel.Id) && _channels.Count >= maxChannels)
            {
                return false;
            }

            _channels[channel.Id] = channel;
            return true;
        }
    }

    /// <summary>
    /// Changes a live channel: <paramref name="change"/> returns its new state, or null to remove it. Returns the channel
    /// as it was, or null when no live channel has the id.
    /// </summary>
    public ZohoWatchChannel? Change(long id, Func<ZohoWatchChannel, ZohoWatchChannel?> change)
    {
        lock (_sync)
        {
            Prune();
            if (!_channels.TryGetValue(id, out var old))
            {
                return null;
            }

            if (change(old) is { } updated)
            {
                _channels[id] = updated;
            }
            else
            {
                _channels.Remove(id);
            }

            return old;
        }
    }

    /// <summary>Removes a live channel; returns it, or null when there was none.</summary>
    public ZohoWatchChannel? Remove(long id) => Change(id, _ => null);

    /// <summary>Makes channels expire now (one, or all when <paramref name="id"/> is null); returns how many.</summary>
    public int Expire(long? id)
    {
        lock (_sync)
        {
            Prune();
            var now = Now;
            var hit = _channels.Values.Where(c => id is null || c.Id == id).ToList();
            foreach (var c in hit)
            {
                _channels[c.Id] = c with { Expiry = now };
            }

            Prune();
            return hit.Count;
        }
    }

    /// <summary>Removes every channel.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _channels.Clear();
        }
    }

    private void Prune()
    {
        var now = Now;
        foreach (var id in _channels.Values.Where(c => c.Expiry <= now).Select(c => c.Id).ToList())
        {
            _channels.Remove(id);
        }
    }
}
