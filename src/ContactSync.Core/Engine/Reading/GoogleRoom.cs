using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Reading;

/// <summary>
/// Where the CRM read of a plan starts when contacts wait for room in its full Google account, and what waits after the
/// run. While the account stays full (one count per run), runs read only the CRM's changes and create nothing in Google;
/// once it has room, the CRM is read again from where the waiting began.
/// </summary>
internal sealed class GoogleRoom
{
    private readonly GoogleRoomWait? _before;

    private GoogleRoom(GoogleRoomWait? before, bool stillFull, bool fullRead, DateTimeOffset? watermark)
    {
        _before = before;
        StillFull = stillFull;
        ReadFrom = fullRead ? null : before is { } wait && !stillFull ? wait.Since : watermark;
    }

    /// <summary>True when contacts waited after the last run and the account still has no room.</summary>
    public bool StillFull { get; }

    /// <summary>The watermark the CRM read starts at (null: every record).</summary>
    public DateTimeOffset? ReadFrom { get; }

    public static async Task<GoogleRoom> CheckAsync(SyncEngineSettings settings, SyncCursor cursor, RunPorts ports, bool fullRead, bool dryRun, CancellationToken cancellationToken)
    {
        var wait = cursor.RoomWait;
        var stillFull = wait is not null && !fullRead && !dryRun && settings.WriteGoogle && settings.GoogleContactLimit > 0
            && await ports.Google.CountContactsAsync(cancellationToken) is { } held && held >= settings.GoogleContactLimit;
        return new GoogleRoom(wait, stillFull, fullRead, cursor.Initialized ? cursor.CrmWatermark : null);
    }

    /// <summary>What waits after the run that left <paramref name="waitingNow"/> contacts waiting; null when none do.</summary>
    public GoogleRoomWait? After(long waitingNow)
    {
        if (StillFull)
        {
            return _before! with { Waiting = _before.Waiting + waitingNow };
        }

        return waitingNow > 0 ? new GoogleRoomWait(ReadFrom, waitingNow) : null;
    }

    /// <summary>Contacts waiting from earlier runs that this run did not read again.</summary>
    public long NotReadAgain => StillFull ? _before!.Waiting : 0;
}
