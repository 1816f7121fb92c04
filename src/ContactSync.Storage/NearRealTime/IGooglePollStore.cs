namespace ContactSync.Storage.NearRealTime;

/// <summary>
/// The Google polls of near-real-time plans, shared by every server of the database: a server polls a plan only after it
/// moved the plan's next poll time forward in one conditional update (its claim), so replicas never poll a plan twice.
/// </summary>
public interface IGooglePollStore
{
    /// <summary>The plan's poll state, or <see langword="null"/>.</summary>
    Task<GooglePollRecord?> GetAsync(string planId, CancellationToken cancellationToken);

    /// <summary>Every plan's poll state.</summary>
    Task<IReadOnlyList<GooglePollRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims a due poll: moves the next poll time to <paramref name="claimUntilUtc"/> when it is at or before
    /// <paramref name="nowUtc"/> (a plan without a row gets one). False when it is not due or another server claimed it.
    /// </summary>
    Task<bool> TryClaimAsync(string planId, DateTime nowUtc, DateTime claimUntilUtc, CancellationToken cancellationToken);

    /// <summary>Stores the poll's state after a poll.</summary>
    Task SaveAsync(GooglePollRecord poll, CancellationToken cancellationToken);

    /// <summary>Forgets the plan's poll state.</summary>
    Task RemoveAsync(string planId, CancellationToken cancellationToken);
}
