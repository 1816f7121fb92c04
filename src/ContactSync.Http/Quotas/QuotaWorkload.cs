namespace ContactSync.Http.Quotas;

/// <summary>
/// The calls a run still needs, summed per quota by the services' cost models: pages to read, batches to write, records to
/// send. Feed it to <see cref="QuotaEta.LeastTime"/>. Not thread-safe.
/// </summary>
public sealed class QuotaWorkload
{
    private readonly Dictionary<QuotaKey, QuotaNeed> _needs = [];

    /// <summary>What the work takes per quota.</summary>
    public IReadOnlyCollection<QuotaNeed> Needs => _needs.Values;

    /// <summary>Adds <paramref name="times"/> calls like <paramref name="call"/>, priced by <paramref name="model"/>.</summary>
    public QuotaWorkload Add(IQuotaCostModel model, QuotaRequest call, long times = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        if (times == 0)
        {
            return this;
        }

        foreach (var charge in model.ChargesOf(call))
        {
            _needs[charge.Key] = _needs.TryGetValue(charge.Key, out var need)
                ? need with
                {
                    Limit = charge.Limit,
                    Units = need.Units + (charge.Units * times),
                    Calls = need.Calls + times,
                    SmallestCall = Math.Min(need.SmallestCall, charge.Units),
                    LargestCall = Math.Max(need.LargestCall, charge.Units),
                }
                : new QuotaNeed(charge.Key, charge.Limit, charge.Units * times, times, charge.Units, charge.Units);
        }

        return this;
    }

    /// <summary>
    /// Adds the calls that carry <paramref name="records"/> records in batches of at most <paramref name="batchSize"/>:
    /// the full batches and the rest, each built by <paramref name="batchOf"/> from its record count.
    /// </summary>
    public QuotaWorkload AddBatches(IQuotaCostModel model, Func<int, QuotaRequest> batchOf, long records, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(batchOf);
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        Add(model, batchOf(batchSize), records / batchSize);
        return records % batchSize is var rest and > 0 ? Add(model, batchOf((int)rest)) : this;
    }
}
