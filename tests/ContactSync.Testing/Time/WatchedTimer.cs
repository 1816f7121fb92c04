using System.Collections.Concurrent;

namespace ContactSync.Testing.Time;

/// <summary>A fake clock's timer that reports each due time it is armed with.</summary>
public sealed class WatchedTimer(ITimer inner, ConcurrentQueue<TimeSpan> armed) : ITimer
{
    public void Arm(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            armed.Enqueue(dueTime);
        }
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        var changed = inner.Change(dueTime, period);
        Arm(dueTime);
        return changed;
    }

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
