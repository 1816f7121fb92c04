using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// The source of quota capacity: it counts what every caller sharing it has taken of each quota, and takes a call's units
/// from all of its quotas at once or from none. <see cref="InProcessQuotaLedger"/> shares within one process; a ledger kept in
/// the database (a later step) shares between the servers of one deployment by implementing the same contract — each answer
/// must keep "never more than the limit in any window of its length" for everyone sharing it.
/// </summary>
public interface IQuotaLedger
{
    /// <summary>Takes every charge now, or none; a refusal names the quotas short of room and when to try again.</summary>
    ValueTask<QuotaTakeResult> TryTakeAsync(IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back what a call took at <paramref name="takenAt"/>: its concurrency slots always; its rate units only when the call
    /// was never sent (<paramref name="sent"/> false) — a call that went out counts, whatever its answer.
    /// </summary>
    ValueTask ReturnAsync(IReadOnlyList<QuotaCharge> charges, DateTimeOffset takenAt, bool sent, CancellationToken cancellationToken);

    /// <summary>
    /// A service refused a call because of <paramref name="key"/>: pause it (<paramref name="retryAfter"/> when the service named
    /// a wait, else the settings' pause) and slow it down (multiplicative decrease, slow recovery).
    /// </summary>
    ValueTask ReportRefusalAsync(QuotaKey key, TimeSpan? retryAfter, CancellationToken cancellationToken);

    /// <summary>A service reported <see cref="QuotaRemaining.Units"/> left: count any use beyond the ledger's own as spent now.</summary>
    ValueTask ReportRemainingAsync(QuotaRemaining remaining, CancellationToken cancellationToken);

    /// <summary>The state of <paramref name="key"/>; null when no call has charged it yet.</summary>
    ValueTask<QuotaKeyStatus?> GetStatusAsync(QuotaKey key, CancellationToken cancellationToken);
}
