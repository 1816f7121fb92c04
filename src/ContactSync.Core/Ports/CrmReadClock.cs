namespace ContactSync.Core.Ports;

/// <summary>
/// The CRM's own clock as a read saw it: the server time of its first response. The engine keeps its change watermark on
/// this clock, so a run that starts after the last write reads nothing again, whatever this machine's clock says.
/// </summary>
public sealed class CrmReadClock
{
    private long _ticks = long.MinValue;

    /// <summary>The server time of the read's first response, when the CRM sent one.</summary>
    public DateTimeOffset? ReadStarted
    {
        get
        {
            var ticks = Interlocked.Read(ref _ticks);
            return ticks == long.MinValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Records a response's server time; only the first one counts.</summary>
    public void Observe(DateTimeOffset serverTime) =>
        Interlocked.CompareExchange(ref _ticks, serverTime.UtcTicks, long.MinValue);
}
