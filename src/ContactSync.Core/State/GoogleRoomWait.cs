namespace ContactSync.Core.State;

/// <summary>
/// CRM contacts waiting for room in a full Google account (its contact limit), as of the last run.
/// </summary>
/// <param name="Since">
/// Where the CRM is read again once the account has room: the CRM watermark of the run in which contacts began to wait
/// (null: from the first record). Until then runs read only the CRM's changes.
/// </param>
/// <param name="Waiting">
/// How many wait. While the account stays full each run adds the records its changes leave waiting, so a waiting record
/// edited meanwhile is counted twice until the account has room and the CRM is read again from <see cref="Since"/>.
/// </param>
public sealed record GoogleRoomWait(DateTimeOffset? Since, long Waiting);
