namespace ContactSync.Storage.Persistence.Entities;

/// <summary>
/// A Zoho CRM Watch channel of a near-real-time plan. Not tied to the plan by a foreign key: when the plan is deleted the
/// row stays until the channel is disabled at Zoho (its id is needed for that).
/// </summary>
internal sealed class WatchChannelEntity
{
    public string PlanId { get; set; } = "";

    public long ChannelId { get; set; }

    /// <summary>SHA-256 of the channel's token (the token itself is never stored).</summary>
    public byte[] TokenHash { get; set; } = [];

    public string NotifyUrl { get; set; } = "";

    public string State { get; set; } = "";

    public DateTime? ExpiresUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? RenewedUtc { get; set; }

    public DateTime? LastNotificationUtc { get; set; }

    public string LastError { get; set; } = "";

    /// <summary>The server process working on the channel (a Zoho call in flight), until <see cref="ClaimedUntilUtc"/>.</summary>
    public string ClaimHolder { get; set; } = "";

    public DateTime ClaimedUntilUtc { get; set; }
}
