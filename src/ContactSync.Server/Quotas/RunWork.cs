namespace ContactSync.Server.Quotas;

/// <summary>The calls a run still needs, by kind (see <see cref="RunWorkProjection"/>).</summary>
/// <param name="CrmPages">CRM list pages still to read.</param>
/// <param name="GooglePages">Google list pages still to read.</param>
/// <param name="GoogleWrites">Google contacts still to create or update (sent in batches).</param>
/// <param name="CrmWrites">CRM records still to create or update (sent in batches).</param>
internal sealed record RunWork(long CrmPages, long GooglePages, long GoogleWrites, long CrmWrites)
{
    /// <summary>Nothing left.</summary>
    public static RunWork None { get; } = new(0, 0, 0, 0);
}
