using System.Collections.Concurrent;

namespace ContactSync.Emulators.Quotas;

/// <summary>Counts of calls refused with 429 because of a quota, by service and limit.</summary>
public sealed class QuotaRefusals
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Refusals of one service ("zoho" or "google").</summary>
    public long Total(string service) => _counts.Where(kv => kv.Key.StartsWith(service + " ", StringComparison.Ordinal)).Sum(kv => kv.Value);

    /// <summary>All refusals.</summary>
    public long Total() => _counts.Values.Sum();

    /// <summary>Refusals per "service limit" key, e.g. "google CriticalWritesPerMinutePerProjectPerUser".</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);

    internal void Record(string service, string limit) => _counts.AddOrUpdate(service + " " + limit, 1, static (_, n) => n + 1);

    internal void Reset() => _counts.Clear();
}
