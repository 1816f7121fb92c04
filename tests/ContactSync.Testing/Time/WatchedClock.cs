using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace ContactSync.Testing.Time;

/// <summary>
/// A fake clock that records the due time of every timer armed on it (back-off waits, attempt timeouts), so a test
/// advances it only once the wait it means to end has started — never by sleeping.
/// </summary>
public sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
{
    public ConcurrentQueue<TimeSpan> Armed { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(base.CreateTimer(callback, state, dueTime, period), Armed);
        timer.Arm(dueTime);
        return timer;
    }

    /// <summary>
    /// Waits (polling, generous deadline) until <paramref name="count"/> timers due in <paramref name="due"/> were armed
    /// (Task.Delay arms its timer in whole milliseconds).
    /// </summary>
    public Task WaitForTimerAsync(TimeSpan due, int count = 1) => Poll.UntilAsync(() => Armed.Count(d => SameMillisecond(d, due)) >= count);

    public static bool SameMillisecond(TimeSpan a, TimeSpan b) => (long)a.TotalMilliseconds == (long)b.TotalMilliseconds;
}
