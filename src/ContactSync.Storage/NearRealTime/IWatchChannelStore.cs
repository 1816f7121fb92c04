namespace ContactSync.Storage.NearRealTime;

/// <summary>
/// The Watch channels of near-real-time plans, shared by every server of the database. A server works on a channel (calls
/// Zoho about it) only under a claim, an atomic conditional update naming the server, so replicas never enable, renew or
/// disable the same channel at once.
/// </summary>
public interface IWatchChannelStore
{
    /// <summary>Every stored channel, including those of deleted plans not yet disabled.</summary>
    Task<IReadOnlyList<WatchChannelRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The plan's channel, or <see langword="null"/>.</summary>
    Task<WatchChannelRecord?> GetAsync(string planId, CancellationToken cancellationToken);

    /// <summary>The channel with this id, or <see langword="null"/>.</summary>
    Task<WatchChannelRecord?> FindAsync(long channelId, CancellationToken cancellationToken);

    /// <summary>Stores a new channel claimed by <paramref name="holder"/> until <paramref name="claimUntilUtc"/>; false when the plan has one already.</summary>
    Task<bool> TryAddAsync(WatchChannelRecord channel, string holder, DateTime claimUntilUtc, CancellationToken cancellationToken);

    /// <summary>Claims the plan's channel until <paramref name="claimUntilUtc"/> when no other holder's claim is in force; false otherwise.</summary>
    Task<bool> TryClaimAsync(string planId, string holder, DateTime nowUtc, DateTime claimUntilUtc, CancellationToken cancellationToken);

    /// <summary>Stores the channel's new state and releases <paramref name="holder"/>'s claim; false when the holder no longer holds it.</summary>
    Task<bool> SaveAsync(WatchChannelRecord channel, string holder, CancellationToken cancellationToken);

    /// <summary>Removes the plan's channel if it is still the one with <paramref name="channelId"/>.</summary>
    Task RemoveAsync(string planId, long channelId, CancellationToken cancellationToken);

    /// <summary>Records that a genuine callback of the channel arrived.</summary>
    Task TouchAsync(long channelId, DateTime nowUtc, CancellationToken cancellationToken);
}
