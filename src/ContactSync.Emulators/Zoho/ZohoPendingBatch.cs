namespace ContactSync.Emulators.Zoho;

/// <summary>Changes of one channel and event waiting for <see cref="ZohoWatchOptions.BatchWindow"/> to end.</summary>
internal sealed class ZohoPendingBatch(ZohoWatchChannel channel, ZohoRecordEvent kind)
{
    public ZohoWatchChannel Channel { get; } = channel;

    public ZohoRecordEvent Kind { get; } = kind;

    /// <summary>Added to only while the batch is open (under the notifier's lock).</summary>
    public List<ZohoChange> Changes { get; } = [];
}
