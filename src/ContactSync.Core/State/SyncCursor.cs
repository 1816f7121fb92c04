namespace ContactSync.Core.State;

/// <summary>Where the next incremental run of a plan starts.</summary>
/// <param name="Initialized">False until the first run completed its reads.</param>
/// <param name="CrmWatermark">The largest CRM Modified_Time fully processed.</param>
/// <param name="CrmDeletedWatermark">The largest CRM deletion time processed.</param>
/// <param name="GoogleSyncToken">The Google sync token to read from.</param>
/// <param name="Backlog">Contacts left for a later run by the caps or by a full Google account, as of the last run.</param>
/// <param name="RoomWait">CRM contacts waiting for room in a full Google account; null when none wait.</param>
public sealed record SyncCursor(
    bool Initialized,
    DateTimeOffset? CrmWatermark,
    DateTimeOffset? CrmDeletedWatermark,
    string? GoogleSyncToken,
    long Backlog,
    GoogleRoomWait? RoomWait = null)
{
    /// <summary>The cursor of a plan that never ran.</summary>
    public static SyncCursor Empty { get; } = new(false, null, null, null, 0);
}
