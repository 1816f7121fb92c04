using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// The CRM records in scope modified since the watermark (all of them for full runs; only given ones for targeted runs), one page at a time, read ahead of
/// the page being planned and applied (at most <c>ahead</c> pages wait in memory). Remembers the CRM's clock at the first
/// response and the newest Modified_Time read, for the next watermark.
/// </summary>
internal sealed class CrmPageStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<IReadOnlyList<CrmContact>> _pages;

    /// <summary>Streams the records modified since <paramref name="since"/>, or only the records <paramref name="ids"/> when given (a targeted run).</summary>
    public CrmPageStream(ICrmContacts crm, DateTimeOffset? since, DateTimeOffset? watermark, IReadOnlyList<string>? ids, int ahead, CancellationToken cancellationToken)
    {
        MaxModified = watermark;
        var source = ids is null ? crm.ReadAsync(since, Clock, cancellationToken) : crm.ReadByIdsAsync(ids, Clock, cancellationToken);
        _pages = ReadAhead.PagesAsync(source, ahead, cancellationToken).GetAsyncEnumerator(cancellationToken);
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
