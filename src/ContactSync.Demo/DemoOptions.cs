using System.Globalization;

namespace ContactSync.Demo;

/// <summary>Command-line options of the demo.</summary>
internal sealed record DemoOptions(int ZohoContacts, int GoogleContacts, int Overlap, string DataDirectory, bool KeepRunning)
{
    public static DemoOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[args[i]] = args[++i];
            }
            else
            {
                flags.Add(args[i]);
            }
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new DemoOptions(
            Number("--zoho-contacts", 1500),
            Number("--google-contacts", 800),
            Number("--overlap", 300),
            values.GetValueOrDefault("--data") ?? Path.Combine(Path.GetTempPath(), "contactsync-demo-" + Guid.NewGuid().ToString("N")[..8]),
            flags.Contains("--keep-running"));
    }
}
