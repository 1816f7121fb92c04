namespace ContactSync.Client.Models;

/// <summary>The near-real-time state of a plan: its Zoho notification channel and its Google poll.</summary>
public sealed record NearRealTimeInfo
{
    /// <summary>The Zoho channel: "ACTIVE", "PENDING", "FAILED" or "NONE".</summary>
    public string ChannelState { get; init; } = "";

    /// <summary>When Zoho ends the channel unless the server renews it.</summary>
    public DateTimeOffset? ChannelExpires { get; init; }

    /// <summary>When the last genuine notification arrived.</summary>
    public DateTimeOffset? LastNotification { get; init; }

    /// <summary>When the Google account was last polled.</summary>
    public DateTimeOffset? LastGooglePoll { get; init; }

    /// <summary>The current interval between Google polls.</summary>
    public TimeSpan? GooglePollInterval { get; init; }

    /// <summary>Why the last channel call or poll failed ("" when they succeeded).</summary>
    public string LastError { get; init; } = "";

    /// <summary>Changes notified or polled that have not run yet.</summary>
    public int PendingChanges { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"channel {ChannelState}" + (ChannelExpires is { } e ? $" until {e:u}" : "");
}
