using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// The edits of the near-real-time scenario and when each became visible on the other side: an edit counts as seen at the
/// first look (once a second, through the emulators' control surface) that finds its value there.
/// </summary>
internal sealed class EditLatencies
{
    private readonly List<Edit> _edits = [];

    public int Count => _edits.Count;

    public int Pending => _edits.Count(e => e.Seen is null);

    /// <summary>Remembers an edit made now: a value written on one side, expected in <paramref name="target"/> of a record of the other.</summary>
    public void Made(bool crmToGoogle, string target, string value, Stopwatch clock) => _edits.Add(new Edit(crmToGoogle, target, value, clock.Elapsed));

    /// <summary>Marks the edits now visible: CRM edits in Google (by resource name, organisation title), Google edits in the CRM (by id, Description).</summary>
    public void Look(IReadOnlyList<JsonObject> google, IReadOnlyList<JsonObject> zoho, Stopwatch clock)
    {
        var now = clock.Elapsed;
        var titles = google.ToDictionary(p => p["resourceName"]!.GetValue<string>(), p => p["organizations"]?[0]?["title"]?.GetValue<string>());
        var descriptions = zoho.ToDictionary(r => r["id"]!.ToString(), r => r["Description"]?.GetValue<string>());
        foreach (var edit in _edits.Where(e => e.Seen is null))
        {
            var there = edit.CrmToGoogle ? titles.GetValueOrDefault(edit.Target) : descriptions.GetValueOrDefault(edit.Target);
            if (there == edit.Value)
            {
                edit.Seen = now;
            }
        }
    }

    /// <summary>The latencies (seconds) of one direction's seen edits, sorted.</summary>
    public IReadOnlyList<double> Seconds(bool crmToGoogle) =>
        _edits.Where(e => e.CrmToGoogle == crmToGoogle && e.Seen is not null).Select(e => (e.Seen!.Value - e.Made).TotalSeconds).Order().ToList();

    public int Lost(bool crmToGoogle) => _edits.Count(e => e.CrmToGoogle == crmToGoogle && e.Seen is null);

    /// <summary>The nearest-rank percentile of sorted values (NaN when empty).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string F(double seconds) => double.IsNaN(seconds) ? "—" : seconds.ToString("0.0", CultureInfo.InvariantCulture);

    private sealed class Edit(bool crmToGoogle, string target, string value, TimeSpan made)
    {
        public bool CrmToGoogle { get; } = crmToGoogle;

        public string Target { get; } = target;

        public string Value { get; } = value;

        public TimeSpan Made { get; } = made;

        public TimeSpan? Seen { get; set; }
    }
}
