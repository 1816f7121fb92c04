using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Benchmarks.Emulator;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// The quotas of the organisation scenario, the same in the emulators (which refuse past them) and in the server (which
/// paces by them): Google's reported per-user defaults, a Zoho CRM Enterprise org of 200 users, and one per-project
/// limit of critical writes. Google publishes no per-project figure: <see cref="ProjectCriticalWritesPerMinute"/> is this
/// scenario's assumption (a setting), chosen so the org's first sync is bound by the quota, as a big org's is.
/// </summary>
internal static class OrgQuotas
{
    /// <summary>Every quota window runs this many times faster than the real one (a minute lasts 15 s).</summary>
    public const double TimeScale = 4;

    /// <summary>Critical write units per minute for the whole project (all accounts together).</summary>
    public const int ProjectCriticalWritesPerMinute = 600;

    /// <summary>Units a batch create or update costs (reported figure, as the emulator and the server assume).</summary>
    public const int BatchMutationUnits = 6;

    public static TimeSpan Window => TimeSpan.FromMinutes(1) / TimeScale;

    /// <summary>The emulators' QuotaOptions.</summary>
    public static JsonObject EmulatorOptions(int users) => new()
    {
        ["timeScale"] = TimeScale,
        ["google"] = new JsonObject
        {
            ["criticalReadsPerUser"] = 60,
            ["criticalWritesPerUser"] = 30,
            ["groupReadsPerUser"] = 90,
            ["deletesAndGroupWritesPerUser"] = 30,
            ["fullSyncFirstPagesPerUser"] = 10,
            ["contactWritesPerUserPerDay"] = 100_000,
            ["criticalWritesPerProject"] = ProjectCriticalWritesPerMinute,
            ["batchMutationUnits"] = BatchMutationUnits,
        },
        ["zoho"] = new JsonObject { ["creditsPerDay"] = Math.Min(5_000_000L, 50_000L + (1_000L * users)), ["concurrency"] = 20 },
    };

    /// <summary>
    /// The pacer's window margin here: the emulators run on this machine, so a call reaches them within milliseconds of the
    /// moment the pacer lets it go (measured: see the report of issue 14); a quarter of a second covers a loaded machine's
    /// scheduling delays. The server's default (1 s, uncompressed: network latency does not shrink with the time scale) is
    /// meant for the real services across the internet; against 15-second windows it would add 7 % to every window.
    /// </summary>
    public static readonly TimeSpan WindowMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The server's settings for the same quotas (the Google per-user figures are the server's defaults), with the window
    /// margin of local emulators (<see cref="WindowMargin"/>). The per-key
    /// limit of live calls (an abuse guard of 120 a minute) is off: the benchmark's one admin key rolls out 200 plans and
    /// starts their 200 runs, where an organisation's scheduler would start them without a key.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ServerSettings(int users) => new Dictionary<string, string>
    {
        ["ContactSync__Limits__LiveCallsPerMinute"] = "0",
        ["ContactSync__Quotas__TimeScale"] = TimeScale.ToString(CultureInfo.InvariantCulture),
        ["ContactSync__Quotas__WindowMargin"] = WindowMargin.ToString("c", CultureInfo.InvariantCulture),
        ["ContactSync__Quotas__Zoho__Edition"] = "Enterprise",
        ["ContactSync__Quotas__Zoho__Users"] = users.ToString(CultureInfo.InvariantCulture),
        ["ContactSync__Quotas__Google__CriticalWritesPerProject"] = ProjectCriticalWritesPerMinute.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The critical write units the calls took (a batch create/update 6, a single create/update 1).</summary>
    public static long CriticalWriteUnits(CallCounts calls)
    {
        long Count(string endpoint) => calls.PerEndpoint.GetValueOrDefault(endpoint);
        return (BatchMutationUnits * (Count("google POST /v1/people:batchCreateContacts") + Count("google POST /v1/people:batchUpdateContacts")))
            + Count("google POST /v1/people:createContact") + Count("google PATCH /v1/people/{id}:updateContact");
    }

    /// <summary>
    /// The least time the project's critical writes allow for <paramref name="units"/>: a window admits the limit, and the
    /// last window's calls go at its start, so (⌈units / limit⌉ − 1) windows.
    /// </summary>
    public static TimeSpan Floor(long units) =>
        Window * Math.Max(0, Math.Ceiling(units / (double)ProjectCriticalWritesPerMinute) - 1);
}
