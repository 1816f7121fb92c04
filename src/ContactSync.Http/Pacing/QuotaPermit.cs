using ContactSync.Http.Quotas;

namespace ContactSync.Http.Pacing;

/// <summary>
/// The quota one attempt took. Dispose it when the attempt has ended (its response read): its concurrency slots go back.
/// <see cref="Release"/> with <c>sent: false</c> when the call never went out: its rate units go back too.
/// </summary>
public sealed class QuotaPermit : IDisposable
{
    private QuotaPacer? _pacer;

    internal QuotaPermit(QuotaPacer? pacer, IReadOnlyList<QuotaCharge> charges, DateTimeOffset takenAt)
    {
        _pacer = pacer;
        Charges = charges;
        TakenAt = takenAt;
    }

    /// <summary>A permit for a call that is not metered.</summary>
    public static QuotaPermit None { get; } = new(null, [], DateTimeOffset.MinValue);

    /// <summary>What was taken.</summary>
    public IReadOnlyList<QuotaCharge> Charges { get; }

    /// <summary>When it was taken (the ledger's clock).</summary>
    public DateTimeOffset TakenAt { get; }

    /// <summary>When the pacer granted it (its own clock, ticks): the call's time is measured from here.</summary>
    internal long GrantedTicks { get; init; }

    /// <summary>Gives back the concurrency slots, and the rate units when <paramref name="sent"/> is false. Only the first call counts.</summary>
    public void Release(bool sent) => Interlocked.Exchange(ref _pacer, null)?.Return(this, sent);

    /// <summary>The attempt was sent and has ended: <see cref="Release"/>(true).</summary>
    public void Dispose() => Release(sent: true);
}
