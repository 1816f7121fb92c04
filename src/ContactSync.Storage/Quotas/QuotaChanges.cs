namespace ContactSync.Storage.Quotas;

/// <summary>
/// What one decision writes, all or nothing: key rows, new chunks and slot leases of the asking server. Every key touched has
/// its version bumped, so a decision another server made on an older state of it fails and is made again.
/// </summary>
public sealed class QuotaChanges
{
    /// <summary>Nothing to write.</summary>
    public static QuotaChanges None => new();

    /// <summary>Key rows to write.</summary>
    public List<QuotaKeyChange> Keys { get; } = [];

    /// <summary>Chunks to add (their ids come back in this order).</summary>
    public List<QuotaChunkGrant> Chunks { get; } = [];

    /// <summary>Slot leases to set.</summary>
    public List<QuotaSlotLease> Slots { get; } = [];

    /// <summary>True when there is nothing to write.</summary>
    public bool IsEmpty => Keys.Count == 0 && Chunks.Count == 0 && Slots.Count == 0;
}
