using System.Globalization;

namespace ContactSync.Benchmarks.Cli;

/// <summary>Parses <c>--scenarios a,b --runs N --warmups N --configuration C --repo-root DIR --output DIR --list</c>.</summary>
internal static class BenchOptionsParser
{
    public const string Usage = """
        Usage: ContactSync.Benchmarks [--scenarios a,b] [--runs N] [--warmups N] [--configuration release|debug]
                                      [--repo-root DIR] [--output DIR] [--list] [--self-check]
                                      [--server-setting KEY=VALUE]...
          --scenarios      comma-separated scenario names (default: all, in catalogue order)
          --runs           measured runs per scenario (default: 3; 1 for the 100k scenario)
          --warmups        warm-up runs per scenario before the measured ones (default: 1; 0 for the 100k scenario)
          --configuration  which build of the server and emulators to start (default: the benchmark's own)
          --repo-root      repository root (default: the folder above the benchmark holding ContactSync.sln)
          --output         output folder (default: <repo-root>/artifacts/bench)
          --list           print the scenarios and their call floors, run nothing
          --self-check     check the emulator side (seeding, edits through the public APIs, counters) without a server
          --server-setting a setting of every server, e.g. ContactSync:Quotas:TimeScale=60 (repeatable; the
                           environment's ContactSync__* variables reach the servers too). The servers pace by no
                           quotas unless a ContactSync:Quotas setting is given: the emulators enforce none by default.
        """;

    /// <summary>Parses the arguments; returns null and an error message when they are invalid.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var scenarios = new List<string>();
        int? runs = null;
        int? warmups = null;
        string? configuration = null;
        string? root = null;
        string? output = null;
        var list = false;
        var selfCheck = false;
        var serverSettings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var (arg, name, inline) = SplitOption(args[i]);
            string Value() => inline ?? NextValue(args, ref i, name);
            try
            {
                switch (name)
                {
                    case "--scenarios" or "--scenario":
                        scenarios.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        break;
                    case "--runs":
                        runs = Positive(name, Value(), 1);
                        break;
                    case "--warmups" or "--warmup":
                        warmups = Positive(name, Value(), 0);
                        break;
                    case "--configuration" or "-c":
                        configuration = Value().ToLowerInvariant();
                        break;
                    case "--repo-root":
                        root = Value();
                        break;
                    case "--output":
                        output = Value();
                        break;
                    case "--list":
                        list = true;
                        break;
                    case "--self-check":
                        selfCheck = true;
                        break;
                    case "--server-setting":
                        AddServerSetting(serverSettings, name, Value());
                        break;
                    case "--help" or "-h" or "-?":
                        return (null, "");
                    default:
                        return (null, $"unknown option {arg}");
                }
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }

        return Complete(scenarios, runs, warmups, configuration, root, output, list, selfCheck, serverSettings);
    }

    /// <summary>The value after an option given as two arguments (<c>--runs 3</c>).</summary>
    private static string NextValue(IReadOnlyList<string> args, ref int i, string name) =>
        i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value");

    /// <summary>An argument, its option name and its inline value (<c>--name=value</c>; null when none).</summary>
    private static (string Arg, string Name, string? Inline) SplitOption(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return (arg, eq > 0 ? arg[..eq] : arg, eq > 0 ? arg[(eq + 1)..] : null);
    }

    /// <summary>Adds one <c>KEY=VALUE</c> server setting.</summary>
    private static void AddServerSetting(Dictionary<string, string> settings, string name, string setting)
    {
        var split = setting.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0)
        {
            throw new FormatException($"{name} needs KEY=VALUE, not '{setting}'");
        }

        settings[setting[..split].Trim()] = setting[(split + 1)..];
    }

    /// <summary>Fills in the defaults: the repository root, the build configuration and the output folder.</summary>
    private static (BenchOptions? Options, string? Error) Complete(List<string> scenarios, int? runs, int? warmups, string? configuration, string? root,
        string? output, bool list, bool selfCheck, IReadOnlyDictionary<string, string> serverSettings)
    {
        root ??= FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory());
        if (root is null)
        {
            return (null, "cannot find ContactSync.sln above the benchmark or the current folder; pass --repo-root");
        }

        root = Path.GetFullPath(root);
        configuration ??= new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name.ToLowerInvariant();
        if (configuration is not ("release" or "debug"))
        {
            configuration = "release";
        }

        output = Path.GetFullPath(output ?? Path.Combine(root, "artifacts", "bench"));
        return (new BenchOptions(scenarios, runs, warmups, configuration, root, output, list, selfCheck, serverSettings), null);
    }

    private static int Positive(string name, string value, int min) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new FormatException($"{name} must be an integer ≥ {min}");

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactSync.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
