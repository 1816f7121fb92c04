using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ContactSync.Emulators;

/// <summary>Counts every call per endpoint, e.g. "zoho GET /crm/v8/Contacts" or "google POST /v1/people:batchCreateContacts".</summary>
public sealed partial class CallLog
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _bodies = new(StringComparer.Ordinal);

    /// <summary>When true, the body of every write call (POST/PUT/PATCH/DELETE, tokens excluded) is kept; off by default.</summary>
    public bool RecordBodies { get; set; }

    /// <summary>The recorded request bodies of one endpoint key, oldest first (see <see cref="RecordBodies"/>).</summary>
    public IReadOnlyList<string> Bodies(string key) => _bodies.TryGetValue(key, out var q) ? q.ToArray() : [];

    /// <summary>Number of calls to one endpoint key.</summary>
    public long Count(string key) => _counts.TryGetValue(key, out var n) ? n : 0;

    /// <summary>Total calls to one service ("zoho" or "google").</summary>
    public long Total(string service) => _counts.Where(kv => kv.Key.StartsWith(service + " ", StringComparison.Ordinal)).Sum(kv => kv.Value);

    /// <summary>Total calls to both services.</summary>
    public long Total() => _counts.Values.Sum();

    /// <summary>A snapshot of all counters.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <summary>Sets all counters to zero and forgets recorded bodies.</summary>
    public void Reset()
    {
        _counts.Clear();
        _bodies.Clear();
    }

    internal void Record(string key) => _counts.AddOrUpdate(key, 1, static (_, n) => n + 1);

    internal void RecordBody(string key, string body) => _bodies.GetOrAdd(key, static _ => new ConcurrentQueue<string>()).Enqueue(body);

    /// <summary>Builds the counter key of a request; null for paths that belong to no emulated service.</summary>
    internal static string? KeyFor(string method, string path)
    {
        string service;
        if (path.StartsWith("/crm/", StringComparison.Ordinal) || path.StartsWith("/oauth/", StringComparison.Ordinal))
        {
            service = "zoho";
            path = DigitsSegment().Replace(path, "/{id}");
        }
        else if (path.StartsWith("/v1/", StringComparison.Ordinal) || path == "/token")
        {
            service = "google";
            path = PeopleId().Replace(path, "people/{id}");
            path = GroupId().Replace(path, "contactGroups/{id}");
        }
        else
        {
            return null;
        }

        return service + " " + method + " " + path;
    }

    [GeneratedRegex(@"/\d{3,}(?=/|$)")]
    private static partial Regex DigitsSegment();

    [GeneratedRegex(@"people/c\d+")]
    private static partial Regex PeopleId();

    [GeneratedRegex(@"contactGroups/(?!batchGet)[^/:]+")]
    private static partial Regex GroupId();
}
