using System.Globalization;
using ContactSync.Benchmarks.Api;
using ContactSync.Benchmarks.Emulator;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Running;
using ContactSync.Benchmarks.Scenarios;
using ContactSync.Grpc.V1;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// <c>account-25k</c> (issue 14): a CRM view bigger than one Google account may hold, synced CRM → Google into an account
/// with Google's 25,000-contact cap. The first run fills the account and stops cleanly with the rest shown as backlog;
/// after one settling run (which reads back the first run's own 25,000 creates through the Google sync token, as in the
/// other scenarios), the next run with nothing changed must cost at most five calls.
/// </summary>
internal sealed class AccountLimitScenario : ISpecialScenario
{
    private const int Limit = 25_000;
    private const int CrmContacts = 26_000;
    private const int MaxNextRunCalls = 5;

    private static readonly ScenarioDefinition Plan = new(
        "account-25k", "", ScenarioKind.InitialSync, SyncDirection.CrmToGoogle, CrmContacts, 0, 0, 0, 0, 0, CrmContacts, 1, 0, new ScenarioTargets());

    public string Name => "account-25k";

    public string Description => $"CRM → Google: {CrmContacts:N0} CRM contacts into one Google account capped at {Limit:N0}; then, after a settling run, a run with nothing changed";

    public Task<SpecialResult> RunAsync(BenchEnvironment env, TextWriter log, CancellationToken cancellationToken) =>
        SpecialServerRun.RunAsync(
            this,
            env,
            log,
            settings: null,
            prepare: async () =>
            {
                await env.Control.SetGoogleContactLimitAsync(Limit, cancellationToken);
                await env.Control.SeedAsync(CrmContacts, 0, 0, 42, cancellationToken);
            },
            measure: async (driver, figures, targets) =>
            {
                var plan = await driver.CreatePlanAsync("bench account-25k", Plan, env.Credentials, cancellationToken);
                await MeasureAsync(env, driver, plan.Id, figures, targets, log, cancellationToken);
            },
            restore: () => env.Control.SetGoogleContactLimitAsync(0, CancellationToken.None),
            cancellationToken);

    private static async Task MeasureAsync(BenchEnvironment env, ContactSyncDriver driver, string planId, List<KeyValuePair<string, string>> figures, List<TargetCheck> targets, TextWriter log, CancellationToken cancellationToken)
    {
        var before = (await env.Control.GetGoogleContactsAsync(cancellationToken)).Count; // seeded outside the plan's group, if any
        await env.Control.ResetCallsAsync(cancellationToken);
        var first = await driver.RunAsync(planId, cancellationToken);
        var firstCalls = await env.Control.GetCallsAsync(cancellationToken);
        var status = await driver.GetStatusAsync(planId, cancellationToken);
        var held = (await env.Control.GetGoogleContactsAsync(cancellationToken)).Count;
        log.WriteLine(F($"  [account-25k] first run: {first.WallSeconds:0.00} s, {firstCalls.Total} calls, outcome {first.Server.Outcome}, Google +{first.Server.GoogleCreated}, backlog {status.Backlog}, account holds {held}"));

        await env.Control.ResetCallsAsync(cancellationToken);
        var settling = await driver.RunAsync(planId, cancellationToken);
        var settlingCalls = await env.Control.GetCallsAsync(cancellationToken);
        log.WriteLine(F($"  [account-25k] settling run: {settling.WallSeconds:0.00} s, {settlingCalls.Total} calls ({Describe(settlingCalls)}), outcome {settling.Server.Outcome}"));

        // Plan runs are minutes apart; the CRM watermark stays a second behind the CRM clock at its read.
        await Task.Delay(TimeSpan.FromMilliseconds(2100), cancellationToken);
        await env.Control.ResetCallsAsync(cancellationToken);
        var next = await driver.RunAsync(planId, cancellationToken);
        var nextCalls = await env.Control.GetCallsAsync(cancellationToken);
        log.WriteLine(F($"  [account-25k] next run: {next.WallSeconds:0.00} s, {nextCalls.Total} calls ({Describe(nextCalls)}), outcome {next.Server.Outcome}"));

        var waiting = CrmContacts - (Limit - before);
        var condition = status.Conditions.FirstOrDefault(c => c.Code == "GOOGLE_CONTACT_LIMIT");
        figures.Add(new("first run wall s", F($"{first.WallSeconds:0.00}")));
        figures.Add(new("first run calls", F($"{firstCalls.Total} ({firstCalls.Zoho} + {firstCalls.Google})")));
        figures.Add(new("created", F($"{first.Server.GoogleCreated}")));
        figures.Add(new("account holds", F($"{held}")));
        figures.Add(new("backlog shown", F($"{status.Backlog}{(condition is null ? "" : $" ({condition.Code}, {condition.Waiting} waiting)")}")));
        figures.Add(new("settling run calls", F($"{settlingCalls.Total}: {Describe(settlingCalls)}")));
        figures.Add(new("next run calls", F($"{nextCalls.Total}: {Describe(nextCalls)}")));
        targets.Add(new("stops cleanly: outcome Succeeded, 0 errors, account full", F($"{first.Server.Outcome}, {first.Server.Errors} errors, {held}/{Limit}"), first.Server.Outcome == "Succeeded" && first.Server.Errors == 0 && held == Limit));
        targets.Add(new(F($"backlog shown: {waiting} waiting for room"), F($"backlog {status.Backlog}, condition {condition?.Waiting.ToString(CultureInfo.InvariantCulture) ?? "missing"}"), status.Backlog == waiting && condition?.Waiting == waiting));
        targets.Add(new(F($"next run ≤ {MaxNextRunCalls} calls"), F($"{nextCalls.Total}"), nextCalls.Total <= MaxNextRunCalls && next.Server.Outcome == "Succeeded"));
    }

    private static string Describe(CallCounts calls) =>
        string.Join(", ", calls.PerEndpoint.Where(kv => kv.Value > 0).Select(kv => F($"{kv.Key} {kv.Value}")));

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
