using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>A ledger's answer to "take these units now": taken (all of them), or refused with the quotas short of room.</summary>
/// <param name="Taken">True when every charge was taken.</param>
/// <param name="TakenAt">When they were taken (the ledger's clock); give it back with them.</param>
/// <param name="Blocked">The quotas that had no room (empty when taken).</param>
/// <param name="RetryAt">
/// The earliest time the blocked rate quotas can have room; null when only concurrency blocks (a release wakes the pacer).
/// </param>
public sealed record QuotaTakeResult(bool Taken, DateTimeOffset TakenAt, IReadOnlyList<QuotaKey> Blocked, DateTimeOffset? RetryAt)
{
    /// <summary>Everything taken at <paramref name="at"/>.</summary>
    public static QuotaTakeResult TakenNow(DateTimeOffset at) => new(true, at, [], null);

    /// <summary>Nothing taken.</summary>
    public static QuotaTakeResult Refused(DateTimeOffset at, IReadOnlyList<QuotaKey> blocked, DateTimeOffset? retryAt) => new(false, at, blocked, retryAt);
}
