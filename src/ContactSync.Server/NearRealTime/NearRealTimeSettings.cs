namespace ContactSync.Server.NearRealTime;

/// <summary>Settings of near-real-time plans (section <c>ContactSync:NearRealTime</c>).</summary>
internal sealed class NearRealTimeSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ContactSync:NearRealTime";

    /// <summary>The longest channel lifetime Zoho allows (reference zoho-crm-api.md §6: one week).</summary>
    public static readonly TimeSpan MaxChannelLifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// Whether this process keeps the channels, polls Google and starts the runs (the notification endpoint answers
    /// either way). Tests turn it off and drive the steps themselves.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The server's address as Zoho reaches it (HTTPS in production, e.g. <c>https://sync.example.com</c>); Zoho POSTs to
    /// <c>{PublicBaseUrl}/zoho/notifications</c>. Empty: the server's own HTTP/1.1 address (only right on one machine).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How long a channel lives at Zoho (at most one week).</summary>
    public TimeSpan ChannelLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A channel is renewed once less than this is left of it (well before it ends).</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often the channels are checked at Zoho (created, renewed, re-created after expiry, removed).</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often waiting changes are looked at (and Google polls that are due).</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Changes are run once none came for this long (they arrive in bursts: one run for the burst).</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Changes wait at most this long for the burst to end. With edits flowing steadily the quiet never comes, so this is
    /// what a CRM edit waits before its run: 4 s (was 10 s) keeps CRM → Google near 10 s at the cost of a run (about four
    /// Zoho and one Google read) every 4 s while edits flow (bench near-real-time, issue 17).
    /// </summary>
    public TimeSpan MaxDebounce { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The Google poll interval while changes flow.</summary>
    public TimeSpan GooglePollMinInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The Google poll interval when quiet (the interval grows by half after each quiet poll, up to this).</summary>
    public TimeSpan GooglePollMaxInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the keys of received notifications are kept to recognise repeated deliveries.</summary>
    public TimeSpan ReceiptRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Refused callbacks (forged or malformed) one address may send per minute; after that it gets 429 without any work
    /// until the minute ends (<see cref="NotificationGate"/>). Genuine callbacks are not counted.
    /// </summary>
    public int RefusalsPerMinute { get; set; } = 20;

    /// <summary>The problems of the settings, or none.</summary>
    public IEnumerable<string> Problems()
    {
        if (ChannelLifetime <= TimeSpan.Zero || ChannelLifetime > MaxChannelLifetime)
        {
            yield return "ContactSync:NearRealTime:ChannelLifetime must be more than 0 and at most 7 days (Zoho's maximum).";
        }

        if (RenewBefore <= TimeSpan.Zero || RenewBefore >= ChannelLifetime)
        {
            yield return "ContactSync:NearRealTime:RenewBefore must be more than 0 and less than ChannelLifetime.";
        }

        if (GooglePollMinInterval <= TimeSpan.Zero || GooglePollMaxInterval < GooglePollMinInterval)
        {
            yield return "ContactSync:NearRealTime:GooglePollMinInterval must be more than 0 and at most GooglePollMaxInterval.";
        }

        if (RefusalsPerMinute <= 0)
        {
            yield return "ContactSync:NearRealTime:RefusalsPerMinute must be more than 0.";
        }

        if (PublicBaseUrl.Length > 0 && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return "ContactSync:NearRealTime:PublicBaseUrl must be an absolute http(s) URL, e.g. https://sync.example.com.";
        }
    }
}
