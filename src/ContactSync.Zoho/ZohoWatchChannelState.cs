namespace ContactSync.Zoho;

/// <summary>A Watch channel as Zoho answered an enable or a renewal.</summary>
/// <param name="ChannelId">The channel id.</param>
/// <param name="Expiry">The expiry Zoho applied (its answer's <c>channel_expiry</c>), or null when it named none.</param>
public sealed record ZohoWatchChannelState(long ChannelId, DateTimeOffset? Expiry);
