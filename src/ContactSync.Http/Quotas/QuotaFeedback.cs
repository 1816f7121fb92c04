namespace ContactSync.Http.Quotas;

/// <summary>What one response tells about the quotas its call drew on.</summary>
/// <param name="Refused">The quotas a 429 blames (empty when the call was not refused).</param>
/// <param name="Remaining">Quota left, as the service reports it.</param>
public sealed record QuotaFeedback(IReadOnlyList<QuotaKey> Refused, IReadOnlyList<QuotaRemaining> Remaining)
{
    /// <summary>Nothing to learn.</summary>
    public static readonly QuotaFeedback None = new([], []);
}
