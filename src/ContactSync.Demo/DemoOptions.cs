using System.Globalization;

namespace ContactSync.Demo;

/// <summary>Command-line options of the demo: <c>--name value</c> or <c>--name=value</c>; see <see cref="Usage"/>.</summary>
internal sealed record DemoOptions(
    int ZohoContacts,
    int GoogleContacts,
    int Overlap,
    string DataDirectory,
    bool KeepRunning,
    int GrpcPort = 0,
    int GrpcWebPort = 0,
    bool TemporaryData = true,
    bool Help = false,
    int QuotaTimeScale = 60)
{
    public const string Usage = """
        Usage: ContactSync.Demo [options]   (dotnet cake --target=Demo --demoArgs="...")

        Starts the bundled Zoho CRM and Google People emulators and a ContactSync server
        on a fresh SQLite database, syncs both ways twice and prints what happened.

        Options (--name value or --name=value):
          --zoho-contacts N    CRM contacts the emulator starts with (default 1500)
          --google-contacts N  Google contacts the emulator starts with (default 800)
          --overlap N          contacts with the same email on both sides (default 300)
          --data DIR           the server's data folder (default: a temporary folder,
                               removed at exit)
          --keep-running       keep the server and the emulators up after the demo (to
                               open the settings page or connect PowerShell); Ctrl+C
                               stops them. The default in a terminal.
          --exit               stop after the demo, also in a terminal (the default
                               when the output is not a terminal)
          --grpc-port N        the server's native gRPC port (default 0: a free port)
          --grpc-web-port N    the server's gRPC-Web port (default 0: a free port)
          --quota-time-scale N the emulators enforce Google's and Zoho's documented
                               quotas and the server paces by them, with every window
                               N times shorter (default 60: Google's minute lasts a
                               second); 0: no quotas
          --help               this text
        """;

    private static readonly string[] Flags = ["--keep-running", "--exit", "--help", "-h", "-?"];
    private static readonly string[] Valued = ["--zoho-contacts", "--google-contacts", "--overlap", "--data", "--grpc-port", "--grpc-web-port", "--quota-time-scale"];

    /// <summary>
    /// Parses the arguments; <see cref="DemoUsageException"/> says in one line what is wrong. In a terminal
    /// (<paramref name="interactive"/>) the demo keeps running unless <c>--exit</c> is given, so a new user can open the
    /// settings page it prints; elsewhere (logs, CI) it stops unless <c>--keep-running</c> is given.
    /// </summary>
    public static DemoOptions Parse(IReadOnlyList<string> args, bool interactive = false)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            if (Flags.Contains(name, StringComparer.OrdinalIgnoreCase) && inline is null)
            {
                flags.Add(name);
            }
            else if (Valued.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                values[name] = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                    ? args[++i]
                    : throw new DemoUsageException($"{name} needs a value, e.g. {name}=100."));
            }
            else
            {
                throw new DemoUsageException($"Unknown option '{args[i]}'.");
            }
        }

        var data = values.GetValueOrDefault("--data");
        var options = new DemoOptions(
            Number(values, "--zoho-contacts", 1500, 0, 1_000_000),
            Number(values, "--google-contacts", 800, 0, 1_000_000),
            Number(values, "--overlap", 300, 0, 1_000_000),
            data ?? Path.Combine(Path.GetTempPath(), "contactsync-demo-" + Guid.NewGuid().ToString("N")[..8]),
            flags.Contains("--keep-running") || (interactive && !flags.Contains("--exit")),
            Number(values, "--grpc-port", 0, 0, 65535),
            Number(values, "--grpc-web-port", 0, 0, 65535),
            TemporaryData: data is null,
            Help: flags.Overlaps(["--help", "-h", "-?"]),
            QuotaTimeScale: Number(values, "--quota-time-scale", 60, 0, 1_000_000));
        if (flags.Contains("--keep-running") && flags.Contains("--exit"))
        {
            throw new DemoUsageException("--keep-running and --exit exclude each other.");
        }

        if (options.Overlap > Math.Min(options.ZohoContacts, options.GoogleContacts))
        {
            throw new DemoUsageException($"--overlap {options.Overlap} is more than the smaller side ({Math.Min(options.ZohoContacts, options.GoogleContacts)} contacts).");
        }

        return options;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback, int min, int max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new DemoUsageException($"{name} takes a whole number from {min} to {max}, not '{text}'.");
    }
}
