namespace ContactSync.Http.Pacing;

/// <summary>
/// Units granted in the last <c>window</c> ticks, in at most <see cref="Buckets"/> + 1 buckets (a grant joins the newest bucket
/// when it comes within window / <see cref="Buckets"/> of that bucket's first grant). A bucket counts until its LAST grant is
/// a whole window old, so every unit is counted at least as long as its own grant is in the window (over-counting by at most
/// one bucket's span, never under-counting). Not thread-safe: the ledger locks.
/// </summary>
internal sealed class SlidingWindowLog
{
    public const int Buckets = 512;

    private readonly LinkedList<Bucket> _buckets = new();
    private long _total;

    /// <summary>Units whose bucket is still in the window (s − window, s] at <paramref name="now"/>.</summary>
    public long Used(long now, long window)
    {
        Expire(now, window);
        return _total;
    }

    public void Add(long now, long units, long window)
    {
        Expire(now, window);
        var newest = _buckets.Last?.Value;
        if (newest is not null && now - newest.First < Math.Max(1, window / Buckets))
        {
            newest.Units += units;
            newest.Last = Math.Max(newest.Last, now);
        }
        else
        {
            _buckets.AddLast(new Bucket { First = now, Last = now, Units = units });
        }

        _total += units;
    }

    /// <summary>Takes back units granted at <paramref name="grantedAt"/> that were never sent (nothing when their bucket has expired).</summary>
    public void Refund(long grantedAt, long units)
    {
        for (var node = _buckets.Last; node is not null; node = node.Previous)
        {
            if (node.Value.First <= grantedAt && grantedAt <= node.Value.Last)
            {
                var back = Math.Min(units, node.Value.Units);
                node.Value.Units -= back;
                _total -= back;
                return;
            }
        }
    }

    /// <summary>
    /// The first tick from <paramref name="now"/> on at which <paramref name="units"/> more fit under <paramref name="limit"/>
    /// (for a call larger than the limit: when the window is empty).
    /// </summary>
    public long FreeAt(long now, long window, long units, long limit)
    {
        Expire(now, window);
        var target = units > limit ? 0 : limit - units;
        var left = _total;
        if (left <= target)
        {
            return now;
        }

        foreach (var bucket in _buckets)
        {
            left -= bucket.Units;
            if (left <= target)
            {
                return bucket.Last + window;
            }
        }

        return now + window;
    }

    private void Expire(long now, long window)
    {
        while (_buckets.First is { } first && first.Value.Last <= now - window)
        {
            _total -= first.Value.Units;
            _buckets.RemoveFirst();
        }
    }

    private sealed class Bucket
    {
        public long First { get; init; }

        public long Last { get; set; }

        public long Units { get; set; }
    }
}
