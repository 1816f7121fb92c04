namespace ContactSync.Http.Quotas;

/// <summary>The least time the quotas allow for a body of work, the quota that decides it, and the time each quota alone needs.</summary>
/// <param name="LeastTime">The longest of <paramref name="ByKey"/>: no pacing can finish sooner.</param>
/// <param name="BindingKey">The quota that needs it (null when nothing is metered).</param>
/// <param name="ByKey">The time each quota alone needs.</param>
public sealed record QuotaEtaEstimate(TimeSpan LeastTime, QuotaKey? BindingKey, IReadOnlyDictionary<QuotaKey, TimeSpan> ByKey);
