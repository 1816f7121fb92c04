namespace ContactSync.Http.Quotas;

/// <summary>What a body of work takes from one quota: units in all, over how many calls, and the sizes of those calls.</summary>
/// <param name="Key">The quota.</param>
/// <param name="Limit">Its limit.</param>
/// <param name="Units">Units in all.</param>
/// <param name="Calls">Calls that draw on it.</param>
/// <param name="SmallestCall">Units of the smallest call.</param>
/// <param name="LargestCall">Units of the largest call.</param>
public sealed record QuotaNeed(QuotaKey Key, QuotaLimit Limit, long Units, long Calls, long SmallestCall, long LargestCall)
{
    /// <summary>The units of every call when all are the same size (batch writes of 6 units), else 0.</summary>
    public long UniformCall => SmallestCall == LargestCall ? LargestCall : 0;
}
