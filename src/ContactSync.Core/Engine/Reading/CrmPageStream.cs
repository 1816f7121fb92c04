using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// The CRM records in scope modified since the watermark (all of them for full runs; for targeted runs the given ones
/// first, read by id, then the ones modified since the watermark), one page at a time, read ahead of the page being planned and applied (at most <c>ahead</c> pages wait in memory).
/// The read starts at construction, so the first CRM pages arrive while Google is still being read. Remembers the CRM's
/// clock at the first response and the newest Modified_Time read, for the next watermark.
/// </summary>
internal sealed class CrmPageStream : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly IAsyncEnumerator<IReadOnlyList<CrmContact>> _pages;
    private Task<bool>? _first;

    /// <summary>
    /// Streams the records modified since <paramref name="since"/>, preceded by the records <paramref name="ids"/> when given
    /// (a targeted run): a record in both comes twice and the planner examines it once (its first read). The clock is the
    /// first response's, so with ids it is the by-id read's, taken before the list: the watermark stays on the safe side.
    /// </summary>
    public CrmPageStream(ICrmContacts crm, DateTimeOffset? since, DateTimeOffset? watermark, IReadOnlyList<string>? ids, int ahead, CancellationToken cancellationToken)
    {
        MaxModified = watermark;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var source = ids is null ? crm.ReadAsync(since, Clock, _stop.Token) : ThenAsync(crm.ReadByIdsAsync(ids, Clock, _stop.Token), crm.ReadAsync(since, Clock, _stop.Token));
        _pages = ReadAhead.PagesAsync(source, ahead, _stop.Token).GetAsyncEnumerator(_stop.Token);

        // Starting the enumeration starts the read-ahead's producer: the first page is requested now.
        _first = _pages.MoveNextAsync().AsTask();
    }

    /// <summary>The CRM's clock as the read saw it.</summary>
    public CrmReadClock Clock { get; } = new();

    /// <summary>The newest Modified_Time read (the previous watermark before any page).</summary>
    public DateTimeOffset? MaxModified { get; private set; }

    /// <summary>The next page, or null after the last one.</summary>
    public async Task<IReadOnlyList<CrmContact>?> NextAsync()
    {
        var moved = _first is { } first ? await first : await _pages.MoveNextAsync();
        _first = null;
        if (!moved)
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

    private static async IAsyncEnumerable<IReadOnlyList<CrmContact>> ThenAsync(IAsyncEnumerable<IReadOnlyList<CrmContact>> first, IAsyncEnumerable<IReadOnlyList<CrmContact>> second)
    {
        await foreach (var page in first)
        {
            yield return page;
        }

        await foreach (var page in second)
        {
            yield return page;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A run that ends before its first page (a failed Google read, a paused breaker) stops the read it started.
        if (_first is { } first)
        {
            await _stop.CancelAsync();
            await ((Task)first).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _pages.DisposeAsync();
        _stop.Dispose();
    }
}
