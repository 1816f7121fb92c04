namespace ContactSync.Storage.NearRealTime;

/// <summary>A Zoho CRM Watch channel of a near-real-time plan, as stored.</summary>
/// <param name="PlanId">The plan (one channel per plan).</param>
/// <param name="ChannelId">The channel id sent to Zoho and echoed in its callbacks.</param>
/// <param name="TokenHash">SHA-256 of the channel's token; the token itself is never stored.</param>
/// <param name="NotifyUrl">Where Zoho sends the callbacks.</param>
/// <param name="State">One of <see cref="WatchChannelStates"/>.</param>
/// <param name="ExpiresUtc">When Zoho ends the channel (as Zoho answered), or null before it was enabled.</param>
/// <param name="CreatedUtc">When the channel was made.</param>
/// <param name="RenewedUtc">When it was last renewed, if ever.</param>
/// <param name="LastNotificationUtc">When its last genuine callback arrived, if ever.</param>
/// <param name="LastError">Why the last Zoho call about it failed ("" after a success).</param>
public sealed record WatchChannelRecord(
    string PlanId,
    long ChannelId,
    byte[] TokenHash,
    string NotifyUrl,
    string State,
    DateTime? ExpiresUtc,
    DateTime CreatedUtc,
    DateTime? RenewedUtc,
    DateTime? LastNotificationUtc,
    string LastError);
