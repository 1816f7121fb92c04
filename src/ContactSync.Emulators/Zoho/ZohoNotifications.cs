namespace ContactSync.Emulators.Zoho;

/// <summary>
/// The Zoho emulator's Watch channels and notification delivery, for tests: the live channels, the delivery log, the
/// delivery faults, and expiring or removing channels. Channels belong to the org's integrations, not to its data, so
/// reseeding the records keeps them (<see cref="RemoveAllChannels"/> clears them).
/// </summary>
public sealed class ZohoNotifications : IAsyncDisposable
{
    internal ZohoNotifications(TimeProvider time, ZohoWatchOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Store = new ZohoWatchChannels(time);
        Queue = new ZohoNotificationQueue(time, options, logger);
        Notifier = new ZohoNotifier(time, options, Store, Queue);
    }

    /// <summary>The settings the emulator started with.</summary>
    public ZohoWatchOptions Options { get; }

    /// <summary>Delivery faults in force; setting them restarts their random sequence from their seed.</summary>
    public ZohoNotificationFaults Faults
    {
        get => Queue.Faults;
        set => Queue.Faults = value;
    }

    /// <summary>Live (not expired) channels in channel_id order.</summary>
    public IReadOnlyList<ZohoWatchChannelInfo> Channels => Store.Live().Select(c => c.ToInfo()).ToList();

    /// <summary>Every dropped notification and every delivery attempt with its outcome, oldest first.</summary>
    public IReadOnlyList<ZohoNotificationDelivery> Deliveries => Queue.Log;

    /// <summary>Notifications not yet at a final outcome: in a batch window, held back as late, queued, being sent or waiting to retry.</summary>
    public int Pending => Notifier.OpenBatches + Queue.Pending;

    internal ZohoWatchChannels Store { get; }

    internal ZohoNotifier Notifier { get; }

    internal ZohoNotificationQueue Queue { get; }

    /// <summary>Makes one channel expire now (it delivers nothing more and is gone from the API); false if no live channel has the id.</summary>
    public bool Expire(long channelId) => Store.Expire(channelId) > 0;

    /// <summary>Makes every channel expire now; returns how many were live.</summary>
    public int ExpireAll() => Store.Expire(null);

    /// <summary>Removes every channel and forgets changes still inside a batch window.</summary>
    public void RemoveAllChannels()
    {
        Store.Clear();
        Notifier.Clear();
    }

    /// <summary>Forgets the delivery log.</summary>
    public void ClearDeliveries() => Queue.ClearLog();

    /// <summary>Stops the delivery (what is still queued is not sent).</summary>
    public ValueTask DisposeAsync() => Queue.DisposeAsync();
}
