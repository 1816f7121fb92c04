using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ContactSync.Benchmarks.Api;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Running;
using ContactSync.Benchmarks.Scenarios;
using ContactSync.Grpc.V1;
using Google.Protobuf.WellKnownTypes;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// <c>near-real-time</c> (issue 17): 10,000 pairs synced by a bidirectional near-real-time plan (interval 5 minutes, the
/// shortest allowed); then 200 edits spread over 2 minutes through the public APIs, one every 0.6 s, alternating: a CRM
/// Title (expected in Google's organisation title) and a Google biography (expected in the CRM's Description), with 10 %
/// of Zoho's notifications dropped. Each edit's latency is the time until a look (once a second) finds it on the other
/// side. Then one idle minute: API calls per Google poll. The server runs with its default near-real-time settings, except
/// a channel upkeep every minute (instead of two) so the channel of the new plan comes within a minute of it.
/// </summary>
internal sealed class NearRealTimeScenario : ISpecialScenario
{
    private const int Pairs = 10_000;
    private const int EditsPerSide = 100;
    private static readonly TimeSpan EditSpacing = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);

    private static readonly ScenarioDefinition Plan = new(
        "near-real-time", "", ScenarioKind.InitialSync, SyncDirection.Bidirectional, Pairs, Pairs, Pairs, 0, 0, 0, Pairs, 1, 0, new ScenarioTargets());

    public string Name => "near-real-time";

    public string Description => $"{Pairs:N0} pairs, then {2 * EditsPerSide} edits over 2 minutes (half per side) with 10 % of Zoho's notifications dropped; then an idle minute";

    public Task<SpecialResult> RunAsync(BenchEnvironment env, TextWriter log, CancellationToken cancellationToken) =>
        SpecialServerRun.RunAsync(
            this,
            env,
            log,
            new Dictionary<string, string> { ["ContactSync__NearRealTime__MaintenanceInterval"] = "00:01:00" },
            prepare: () => env.Control.SeedAsync(Pairs, Pairs, Pairs, 42, cancellationToken),
            measure: async (driver, figures, targets) =>
            {
                await PrepareAsync(env, driver, log, cancellationToken);
                await MeasureAsync(env, figures, targets, log, cancellationToken);
            },
            restore: () => env.Control.SetNotificationDropAsync(0, CancellationToken.None),
            cancellationToken);

    /// <summary>The plan after its first run and a settling run, with its Zoho channel active.</summary>
    private static async Task<string> PrepareAsync(BenchEnvironment env, ContactSyncDriver driver, TextWriter log, CancellationToken cancellationToken)
    {
        var plan = await driver.CreatePlanAsync("bench near-real-time", Plan, env.Credentials, cancellationToken);
        var first = await driver.RunAsync(plan.Id, cancellationToken);
        await driver.RunAsync(plan.Id, cancellationToken);
        plan = (await driver.GetPlanAsync(plan.Id, cancellationToken)).Clone();
        plan.Enabled = true;
        plan.Interval = Duration.FromTimeSpan(Interval);
        plan.NearRealTime = true;
        await driver.UpdatePlanAsync(plan, cancellationToken);
        log.WriteLine(F($"  [near-real-time] first run {first.WallSeconds:0.0} s ({first.Server.Outcome}); waiting for the Zoho channel"));
        var deadline = Stopwatch.StartNew();
        while ((await driver.GetStatusAsync(plan.Id, cancellationToken)).NearRealTime?.ChannelState != "ACTIVE")
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("the plan's Zoho channel did not become active");
            }

            await Task.Delay(500, cancellationToken);
        }

        return plan.Id;
    }

    private static async Task MeasureAsync(BenchEnvironment env, List<KeyValuePair<string, string>> figures, List<TargetCheck> targets, TextWriter log, CancellationToken cancellationToken)
    {
        var resourceOf = await PairsAsync(env, cancellationToken);
        var crmIds = resourceOf.Keys.Order(StringComparer.Ordinal).ToList();
        if (crmIds.Count < 2 * EditsPerSide)
        {
            throw new InvalidOperationException(F($"only {crmIds.Count} pairs found to edit"));
        }
        await env.Control.SetNotificationDropAsync(0.10, cancellationToken);
        var edits = new EditLatencies();
        var clock = Stopwatch.StartNew();
        var editing = EditAsync(env, crmIds, resourceOf, edits, clock, cancellationToken);
        var deadline = TimeSpan.FromMinutes(2) + Interval + TimeSpan.FromMinutes(2);
        while (!editing.IsCompleted || edits.Pending > 0)
        {
            if (clock.Elapsed > deadline)
            {
                break;
            }

            await Task.Delay(1000, cancellationToken);
            edits.Look(await env.Control.GetGoogleContactsAsync(cancellationToken), await env.Control.GetZohoContactsAsync(cancellationToken), clock);
        }

        await editing;
        var (dropped, delivered) = await env.Control.GetNotificationCountsAsync(cancellationToken);
        log.WriteLine(F($"  [near-real-time] {edits.Count} edits, {edits.Pending} not seen after {clock.Elapsed.TotalSeconds:0} s; notifications {delivered} delivered, {dropped} dropped"));
        var (idleCalls, polls, zohoIdle) = await IdleAsync(env, cancellationToken);
        Report(edits, dropped, delivered, (idleCalls, polls, zohoIdle), figures, targets);
    }

    private static async Task EditAsync(BenchEnvironment env, IReadOnlyList<string> crmIds, IReadOnlyDictionary<string, (string Name, string Etag)> resourceOf, EditLatencies edits, Stopwatch clock, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 2 * EditsPerSide; i++)
        {
            var value = F($"nrt-{i:000}-{Guid.NewGuid():N}")[..20];
            if (i % 2 == 0)
            {
                var id = crmIds[i];
                edits.Made(true, resourceOf[id].Name, value, clock);
                await env.Editor.UpdateZohoAsync([id], "Title", _ => value, cancellationToken);
            }
            else
            {
                var id = crmIds[crmIds.Count - i];
                edits.Made(false, id, value, clock);
                await env.Editor.UpdateGoogleBiographyAsync([resourceOf[id]], _ => value, cancellationToken);
            }

            await Task.Delay(EditSpacing, cancellationToken);
        }
    }

    /// <summary>One idle minute: the Google API calls (tokens excluded) and the polls among them, and the Zoho calls (channel upkeep, scheduled runs).</summary>
    private static async Task<(long GoogleCalls, long Polls, long ZohoCalls)> IdleAsync(BenchEnvironment env, CancellationToken cancellationToken)
    {
        await env.Control.ResetCallsAsync(cancellationToken);
        await Task.Delay(Idle, cancellationToken);
        var calls = await env.Control.GetCallsAsync(cancellationToken);
        long Sum(Func<string, bool> key) => calls.PerEndpoint.Where(kv => key(kv.Key)).Sum(kv => kv.Value);
        static bool Token(string key) => key.Contains("token", StringComparison.OrdinalIgnoreCase);
        return (Sum(k => k.StartsWith("google ", StringComparison.Ordinal) && !Token(k)), Sum(k => k.Contains("connections", StringComparison.Ordinal)),
            Sum(k => k.StartsWith("zoho ", StringComparison.Ordinal) && !Token(k)));
    }

    private static void Report(EditLatencies edits, int dropped, int delivered, (long Google, long Polls, long Zoho) idle, List<KeyValuePair<string, string>> figures, List<TargetCheck> targets)
    {
        var (idleCalls, polls, zohoIdle) = idle;
        var toGoogle = edits.Seconds(true);
        var toCrm = edits.Seconds(false);
        var p95ToGoogle = EditLatencies.Percentile(toGoogle, 95);
        var p95ToCrm = EditLatencies.Percentile(toCrm, 95);
        var lost = edits.Lost(true) + edits.Lost(false);
        figures.Add(new("CRM → Google p50 / p95 / max s", $"{EditLatencies.F(EditLatencies.Percentile(toGoogle, 50))} / {EditLatencies.F(p95ToGoogle)} / {EditLatencies.F(EditLatencies.Percentile(toGoogle, 100))}"));
        figures.Add(new("Google → CRM p50 / p95 / max s", $"{EditLatencies.F(EditLatencies.Percentile(toCrm, 50))} / {EditLatencies.F(p95ToCrm)} / {EditLatencies.F(EditLatencies.Percentile(toCrm, 100))}"));
        figures.Add(new("Zoho notifications delivered / dropped", F($"{delivered} / {dropped}")));
        figures.Add(new("lost edits", F($"{lost}")));
        figures.Add(new("idle minute: Google calls / polls; Zoho calls", F($"{idleCalls} / {polls}; {zohoIdle}")));
        targets.Add(new("CRM → Google p95 ≤ 10 s", EditLatencies.F(p95ToGoogle) + " s", p95ToGoogle <= 10));
        targets.Add(new("Google → CRM p95 ≤ 60 s", EditLatencies.F(p95ToCrm) + " s", p95ToCrm <= 60));
        targets.Add(new("0 lost edits with 10 % of notifications dropped", F($"{lost}"), lost == 0));
        targets.Add(new("idle: ≤ 1 Google call per poll", F($"{idleCalls} calls / {polls} polls"), polls > 0 && idleCalls <= polls));
    }

    /// <summary>The synced pairs: CRM id → Google resource name and etag, paired by the CRM Email and the Google work email (as the plan matched them).</summary>
    private static async Task<Dictionary<string, (string Name, string Etag)>> PairsAsync(BenchEnvironment env, CancellationToken cancellationToken)
    {
        var google = new Dictionary<string, (string Name, string Etag)>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in await env.Control.GetGoogleContactsAsync(cancellationToken))
        {
            var work = (person["emailAddresses"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => e["type"]?.GetValue<string>() == "work")?["value"]?.GetValue<string>();
            if (work is not null)
            {
                google[work.Trim()] = (person["resourceName"]!.GetValue<string>(), person["etag"]!.GetValue<string>());
            }
        }

        var pairs = new Dictionary<string, (string Name, string Etag)>(StringComparer.Ordinal);
        foreach (var record in await env.Control.GetZohoContactsAsync(cancellationToken))
        {
            if (record["Email"]?.GetValue<string>() is { } email && google.TryGetValue(email.Trim(), out var person))
            {
                pairs[record["id"]!.ToString()] = person;
            }
        }

        return pairs;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
