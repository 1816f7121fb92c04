using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using ContactSync.Emulators;
using ContactSync.Emulators.Infrastructure;
using ContactSync.Emulators.Quotas;
using ContactSync.Emulators.Zoho;

// Standalone: dotnet run --project src/ContactSync.Emulators -- --port 5080 --zoho-contacts 500 --google-contacts 300 --overlap 100
// Zoho notification delivery faults: --notify-drop 0.1 --notify-late 0.2 --notify-late-ms 5000 --notify-duplicate 0.05
// [--notify-seed N] (see ZohoWatchArguments for the other --notify-* settings).
// An organisation: --org-users 200 --org-contacts 500 --org-google-contacts 250 --org-overlap 100
var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal))
    {
        continue;
    }

    if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
    {
        values[args[i][2..]] = args[++i];
    }
    else
    {
        flags.Add(args[i][2..]);
    }
}

int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

var options = new EmulatorOptions
{
    Port = Int("port", 5080),
    ZohoSeedContacts = Int("zoho-contacts", 200),
    GoogleSeedContacts = Int("google-contacts", 150),
    OverlappingEmails = Int("overlap", 50),
    Seed = Int("seed", 42),
    GoogleRequestsPerMinutePerUser = Int("google-quota-per-minute", 0),
    ZohoRequestsPerMinutePerUser = Int("zoho-quota-per-minute", 0),
    GoogleContactLimit = Int("google-contact-limit", 25_000),
    ZohoPageTokenValidity = TimeSpan.FromMinutes(Int("zoho-page-token-minutes", 24 * 60)),
    ZohoApiDomain = values.GetValueOrDefault("zoho-api-domain"),
    ConsoleLogging = flags.Contains("verbose"),
    Quotas = QuotaArguments(values),
    ZohoWatch = ZohoWatchArguments.Parse(values, Int("seed", 42)),
    Org = Int("org-users", 0) > 0
        ? new ContactSync.Emulators.Org.OrgSeed(Int("org-users", 0), Int("org-contacts", 0), Int("org-google-contacts", 0), Int("org-overlap", 0), Int("seed", 42))
        : null,
};

// SIGTERM (docker stop, systemd, kill), SIGINT (Ctrl+C) and SIGQUIT stop the emulators cleanly with exit code 0. The
// web host's console lifetime also handles these signals but only stops the host, so the wait below must end too.
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);

await using var host = await EmulatorHost.StartAsync(options, stop.Token);
if (values.TryGetValue("latency-ms", out var latency))
{
    host.Faults.Add(new FaultRule("all", FaultKind.Latency, LatencyMs: int.Parse(latency, CultureInfo.InvariantCulture)));
}

if (values.TryGetValue("fault-429-probability", out var probability))
{
    host.Faults.Add(new FaultRule("all", FaultKind.TooManyRequests, Probability: double.Parse(probability, CultureInfo.InvariantCulture)));
}

Console.WriteLine($"Emulators listening on {host.BaseAddress}");
if (flags.Contains("print-credentials"))
{
    Console.WriteLine(JsonSerializer.Serialize(host.Credentials, new JsonSerializerOptions(Json.Options) { WriteIndented = true }));
}

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // A stop signal: dispose the host below and exit with 0.
}

// --quotas defaults [--zoho-edition Enterprise] [--zoho-users 3] [--time-scale 1]: the documented limits of both services.
static QuotaOptions QuotaArguments(Dictionary<string, string> values)
{
    if (!values.TryGetValue("quotas", out var preset))
    {
        return QuotaOptions.None;
    }

    if (!string.Equals(preset, "defaults", StringComparison.OrdinalIgnoreCase))
    {
        throw new ArgumentException("--quotas takes 'defaults'.");
    }

    var edition = Enum.Parse<ZohoEdition>(values.GetValueOrDefault("zoho-edition", "Enterprise"), ignoreCase: true);
    var users = int.Parse(values.GetValueOrDefault("zoho-users", "3"), CultureInfo.InvariantCulture);
    var scale = double.Parse(values.GetValueOrDefault("time-scale", "1"), CultureInfo.InvariantCulture);
    return QuotaOptions.Defaults(edition, users, scale);
}
