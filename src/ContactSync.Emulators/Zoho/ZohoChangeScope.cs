namespace ContactSync.Emulators.Zoho;

/// <summary>The changes of one API call, published together (see <see cref="ZohoChangeFeed.Collect"/>).</summary>
internal sealed class ZohoChangeScope(ZohoChangeFeed feed) : IDisposable
{
    private readonly object _sync = new();
    private List<ZohoChange> _changes = [];

    /// <summary>Publishes the changes gathered so far (before the response is written, so the
    /// notifications are queued before the caller learns that its write succeeded).</summary>
    public void Publish()
    {
        List<ZohoChange> changes;
        lock (_sync)
        {
            changes = _changes;
            _changes = [];
        }

        feed.Publish(changes);
    }

    /// <summary>Publishes what is left and ends the scope.</summary>
    public void Dispose()
    {
        Publish();
        feed.End(this);
    }

    internal void Add(ZohoChange change)
    {
        lock (_sync)
        {
            _changes.Add(change);
        }
    }
}
