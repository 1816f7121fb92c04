using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// The CRM records in scope modified since the watermark (all of them for full runs), one page at a time, read ahead of
/// the page being planned and applied (at most <c>ahead</c> pages wait in memory). Remembers the CRM's clock at the first
/// response and the newest Modified_Time read, for the next watermark.
/// </summary>
internal sealed class CrmPageStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<IReadOnlyList<CrmContact>> _pages;

    public CrmPageStream(ICrmContacts crm, DateTimeOffset? since, DateTimeOffset? watermark, int ahead, CancellationToken cancellationToken)
    {
        MaxModified = watermark;
        _pages = ReadAhead.PagesAsync(crm.ReadAsync(since, Clock, cancellationToken), ahead, cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>The CRM's clock as the read saw it.</summary>
    public CrmReadClock Clock { get; } = new();

    /// <summary>The newest Modified_Time read (the previous watermark before any page).</summary>
    public DateTimeOffset? MaxModified { get; private set; }

    /// <summary>The next page, or null after the last one.</summary>
    public async Task<IReadOnlyList<CrmContact>?> NextAsync()
    {
        if (!await _pages.MoveNextAsync())
        {
            return null;
        }

        var page = _pages.Current;
        foreach (var record in page)
        {
            if (MaxModified is null || record.ModifiedTime > MaxModified)
            {
                MaxModified = record.ModifiedTime;
            }
        }

        return page;
    }

    public ValueTask DisposeAsync() => _pages.DisposeAsync();
}
