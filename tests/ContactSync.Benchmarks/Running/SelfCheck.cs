using System.Text.Json.Nodes;
using ContactSync.Benchmarks.Emulator;

namespace ContactSync.Benchmarks.Running;

/// <summary>
/// <c>--self-check</c>: exercises the benchmark's emulator side without a server — seeding, the scenario edits
/// through the public APIs, and the call counters — so the harness can be checked before the RPCs exist.
/// </summary>
internal static class SelfCheck
{
    public static async Task<IReadOnlyList<string>> RunAsync(EmulatorControl control, PublicApiEditor editor, EmulatorCredentials credentials, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var edits = new ScenarioEdits(control, editor, credentials.GoogleContactSyncGroup);

        await control.SeedAsync(5_000, 5_000, 2_000, 42, cancellationToken);
        await control.ResetCallsAsync(cancellationToken);
        await edits.MakeConflictsAsync(200, "self-check conflicts", cancellationToken);
        Expect(problems, "conflict edits: Google biographies", await CountGoogleBiographiesAsync(control, "self-check conflicts", cancellationToken), 200);
        Expect(problems, "conflict edits: CRM titles", await CountZohoTitlesAsync(control, "self-check conflicts", cancellationToken), 200);
        var calls = await control.GetCallsAsync(cancellationToken);
        Expect(problems, "conflict edits: Zoho PUT calls", (int)calls.PerEndpoint.GetValueOrDefault("zoho PUT /crm/v8/Contacts"), 2);
        Expect(problems, "conflict edits: Google batchUpdate calls", (int)calls.PerEndpoint.GetValueOrDefault("google POST /v1/people:batchUpdateContacts"), 1);

        await control.ResetCallsAsync(cancellationToken);
        await edits.EditBothSidesAsync(250, "self-check incremental", cancellationToken);
        Expect(problems, "incremental edits: Google biographies", await CountGoogleBiographiesAsync(control, "self-check incremental", cancellationToken), 250);
        Expect(problems, "incremental edits: CRM titles", await CountZohoTitlesAsync(control, "self-check incremental", cancellationToken), 250);
        calls = await control.GetCallsAsync(cancellationToken);
        Expect(problems, "incremental edits: Zoho PUT calls", (int)calls.PerEndpoint.GetValueOrDefault("zoho PUT /crm/v8/Contacts"), 3);
        Expect(problems, "incremental edits: Google batchUpdate calls", (int)calls.PerEndpoint.GetValueOrDefault("google POST /v1/people:batchUpdateContacts"), 2);

        await control.ResetCallsAsync(cancellationToken);
        calls = await control.GetCallsAsync(cancellationToken);
        Expect(problems, "counters after reset", (int)calls.Total, 0);
        await control.SeedAsync(0, 0, 0, 42, cancellationToken);
        return problems;
    }

    private static void Expect(List<string> problems, string what, int actual, int expected)
    {
        Console.WriteLine($"  {what}: {actual} (expected {expected})");
        if (actual != expected)
        {
            problems.Add($"{what}: {actual}, expected {expected}");
        }
    }

    private static async Task<int> CountGoogleBiographiesAsync(EmulatorControl control, string tag, CancellationToken cancellationToken) =>
        (await control.GetGoogleContactsAsync(cancellationToken)).Count(p =>
            (p["biographies"] as JsonArray)?.OfType<JsonObject>().Any(b => b["value"]?.GetValue<string>().Contains(tag, StringComparison.Ordinal) == true) == true);

    private static async Task<int> CountZohoTitlesAsync(EmulatorControl control, string tag, CancellationToken cancellationToken) =>
        (await control.GetZohoContactsAsync(cancellationToken)).Count(r =>
            r["Title"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Contains(tag, StringComparison.Ordinal));
}
