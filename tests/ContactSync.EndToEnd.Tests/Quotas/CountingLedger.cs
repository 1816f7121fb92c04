using ContactSync.Http.Pacing;
using ContactSync.Http.Quotas;

namespace ContactSync.EndToEnd.Tests.Quotas;

/// <summary>
/// The server's ledger, counting the permits it has out (taken and not yet given back: the call is being sent or answered),
/// so a test knows when no paced call is in flight.
/// </summary>
internal sealed class CountingLedger(IQuotaLedger inner) : IQuotaLedger, IAsyncDisposable
{
    private int _outstanding;

    public IQuotaLedger Inner => inner;

    /// <summary>Permits taken and not given back.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    public async ValueTask<QuotaTakeResult> TryTakeAsync(IReadOnlyList<QuotaCharge> charges, CancellationToken cancellationToken)
    {
        var result = await inner.TryTakeAsync(charges, cancellationToken);
        if (result.Taken)
        {
            Interlocked.Increment(ref _outstanding);
        }

        return result;
    }

    public async ValueTask ReturnAsync(IReadOnlyList<QuotaCharge> charges, DateTimeOffset takenAt, bool sent, CancellationToken cancellationToken)
    {
        try
        {
            await inner.ReturnAsync(charges, takenAt, sent, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding);
        }
    }

    public ValueTask ReportRefusalAsync(QuotaKey key, TimeSpan? retryAfter, CancellationToken cancellationToken) => inner.ReportRefusalAsync(key, retryAfter, cancellationToken);

    public ValueTask ReportRemainingAsync(QuotaRemaining remaining, CancellationToken cancellationToken) => inner.ReportRemainingAsync(remaining, cancellationToken);

    public ValueTask<QuotaKeyStatus?> GetStatusAsync(QuotaKey key, CancellationToken cancellationToken) => inner.GetStatusAsync(key, cancellationToken);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
}
