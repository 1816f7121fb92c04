using ContactSync.Core.Ports;

namespace ContactSync.Core.Engine.Reading;

/// <summary>Where incremental CRM reads start: a watermark on the CRM's own clock, never this machine's.</summary>
internal static class CrmWatermark
{
    /// <summary>
    /// How far back an incremental CRM read starts before the watermark. Zoho's If-Modified-Since returns records modified
    /// strictly after the given second and Modified_Time has second precision, so re-reading the watermark's own second
    /// catches records changed in that second after the last read. Re-read records are de-duplicated by id and are no-ops
    /// when unchanged.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Everything modified before the read began has been read, so the next run may start there: the CRM's clock at the
    /// first response, less a second for a request that crossed a second boundary. Without a server clock the newest
    /// Modified_Time read is used. The watermark never moves back.
    /// </summary>
    public static DateTimeOffset? Next(CrmReadClock clock, DateTimeOffset? previous, DateTimeOffset? maxModified)
    {
        var next = clock.ReadStarted is { } started
            ? new DateTimeOffset(started.UtcTicks - (started.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero) - TimeSpan.FromSeconds(1)
            : maxModified;
        return next is null || (previous is not null && previous > next) ? previous ?? next : next;
    }
}
