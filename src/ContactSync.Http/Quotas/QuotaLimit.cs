namespace ContactSync.Http.Quotas;

/// <summary>One quota: at most <see cref="Limit"/> units per <see cref="Window"/> (rate), or at most <see cref="Limit"/> calls in flight (concurrency).</summary>
/// <param name="Kind">How it is metered.</param>
/// <param name="Limit">Units per window, or calls at once; always positive (a quota that is not enforced has no limit object).</param>
/// <param name="Window">The window's length, already compressed by <see cref="QuotaSettings.TimeScale"/>; zero for concurrency.</param>
public sealed record QuotaLimit(QuotaKind Kind, long Limit, TimeSpan Window)
{
    /// <summary>At most <paramref name="limit"/> units in any window of length <paramref name="window"/>.</summary>
    public static QuotaLimit Rate(long limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        return new QuotaLimit(QuotaKind.Rate, limit, window);
    }

    /// <summary>At most <paramref name="limit"/> calls in flight at once.</summary>
    public static QuotaLimit Concurrency(long limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return new QuotaLimit(QuotaKind.Concurrency, limit, TimeSpan.Zero);
    }
}
