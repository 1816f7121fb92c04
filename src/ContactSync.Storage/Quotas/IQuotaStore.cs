namespace ContactSync.Storage.Quotas;

/// <summary>
/// The quotas' use shared by every server on the database (times are UTC ticks of the servers' clocks, which must agree within
/// the pacing's window margin). Rate quotas are taken in chunks, concurrency in leased slots; a grant is decided on a snapshot
/// and written only if no other server took more of the same quotas meanwhile (each key's version), else decided again — so
/// grants on one quota are serialised across servers with provider-neutral statements (a conditional update per key, in key
/// order, inside one transaction).
/// </summary>
public interface IQuotaStore
{
    /// <summary>The shared state of <paramref name="keys"/> (every key ever written when null) as <paramref name="holder"/> sees it now.</summary>
    Task<QuotaSnapshot> ReadAsync(string holder, long nowTicks, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken);

    /// <summary>
    /// Reads <paramref name="keys"/>, lets <paramref name="decide"/> choose what to write, and writes it atomically — again from a
    /// new read whenever another server changed one of the keys first. <paramref name="decide"/> must be pure (it may run more than once).
    /// </summary>
    Task<QuotaUpdateResult<T>> UpdateAsync<T>(string holder, long nowTicks, IReadOnlyCollection<string> keys,
        Func<QuotaSnapshot, (T Value, QuotaChanges Changes)> decide, CancellationToken cancellationToken);

    /// <summary>Cuts ended chunks to what was spent (a chunk with nothing spent is removed). Only lowers counts: no version check.</summary>
    Task SettleChunksAsync(IReadOnlyList<QuotaChunkSettlement> settlements, CancellationToken cancellationToken);

    /// <summary>Lowers the slots <paramref name="holder"/> holds of <paramref name="key"/> (0 removes the lease). No version check.</summary>
    Task ShrinkSlotsAsync(string holder, string key, long slots, CancellationToken cancellationToken);

    /// <summary>
    /// <paramref name="holder"/> is alive until <paramref name="aliveUntilTicks"/> and its slot leases until
    /// <paramref name="slotsUntilTicks"/>; rows that no longer count are removed. Returns the live servers.
    /// </summary>
    Task<int> HeartbeatAsync(string holder, long nowTicks, long aliveUntilTicks, long slotsUntilTicks, CancellationToken cancellationToken);

    /// <summary><paramref name="holder"/> stops: its slots and heartbeat go (its chunks count on until their windows pass).</summary>
    Task LeaveAsync(string holder, CancellationToken cancellationToken);
}
