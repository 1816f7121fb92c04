namespace ContactSync.Server.NearRealTime;

/// <summary>A near-real-time plan's channel and poll, for GetStatus.</summary>
/// <param name="ChannelState">ACTIVE, PENDING, FAILED or NONE.</param>
/// <param name="ChannelExpiresUtc">When Zoho ends the channel.</param>
/// <param name="LastNotificationUtc">When its last genuine notification arrived.</param>
/// <param name="LastGooglePollUtc">When Google was last polled.</param>
/// <param name="GooglePollInterval">The current poll interval.</param>
/// <param name="LastError">The last channel or poll failure, or "".</param>
/// <param name="PendingChanges">Changes not run yet.</param>
internal sealed record NearRealTimeStatus(
    string ChannelState,
    DateTime? ChannelExpiresUtc,
    DateTime? LastNotificationUtc,
    DateTime? LastGooglePollUtc,
    TimeSpan? GooglePollInterval,
    string LastError,
    int PendingChanges);
