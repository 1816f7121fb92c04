using System.Text.RegularExpressions;
using Grpc.Net.Client;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Testing.Processes;

/// <summary>
/// The server as a separate OS process (<c>dotnet ContactSync.Server.dll</c>) on free loopback ports with a given data
/// folder and admin key, so a test can kill it at any instant and a benchmark can read its /proc figures.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly ChildProcess _child;
    private readonly Lazy<GrpcChannel> _channel;

    private ServerProcess(ChildProcess child, Uri grpcAddress)
    {
        _child = child;
        GrpcAddress = grpcAddress;
        _channel = new Lazy<GrpcChannel>(() => GrpcChannel.ForAddress(grpcAddress));
    }

    /// <summary>Native gRPC (h2c) address, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public Uri GrpcAddress { get; }

    /// <summary>The server's process id (for /proc readings).</summary>
    public int ProcessId => _child.Id;

    /// <summary>The last lines the server printed.</summary>
    public string RecentOutput => _child.RecentOutput;

    /// <summary>A client over one channel to <see cref="GrpcAddress"/> (no key: pass the metadata per call).</summary>
    public Proto.ContactSync.ContactSyncClient Client => new(_channel.Value);

    /// <summary>
    /// The built server beside a test or tool's output folder: <c>artifacts/bin/&lt;project&gt;/&lt;configuration&gt;</c> →
    /// <c>artifacts/bin/ContactSync.Server/&lt;configuration&gt;/ContactSync.Server.dll</c>.
    /// </summary>
    public static string BuiltServerDll()
    {
        var outputDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(outputDirectory.Parent!.Parent!.FullName, "ContactSync.Server", outputDirectory.Name, "ContactSync.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the server first.", dll);
    }

    /// <summary>Starts the built server (<see cref="BuiltServerDll"/>) with extra settings (environment variables, e.g. <c>ContactSync__Runs__LeaseDuration</c>).</summary>
    public static Task<ServerProcess> StartAsync(string dataDirectory, string adminKey, IReadOnlyDictionary<string, string> settings) =>
        StartAsync(BuiltServerDll(), dataDirectory, adminKey, settings, CancellationToken.None);

    /// <summary>Starts a server with a data folder (created if missing) and a known admin key; returns once it serves gRPC.</summary>
    public static async Task<ServerProcess> StartAsync(
        string dll, string dataDirectory, string adminKey, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        var env = new Dictionary<string, string>
        {
            ["ContactSync__DataDirectory"] = dataDirectory,
            ["ContactSync__BootstrapAdminKey"] = adminKey,
            ["ContactSync__Server__Host"] = "127.0.0.1",
            ["ContactSync__Server__GrpcPort"] = "0",
            ["ContactSync__Server__GrpcWebPort"] = "0",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }

        // The emulators enforce no quotas unless told to, so the server paces by none unless a quota setting is given.
        if (!env.Keys.Any(k => k.StartsWith("ContactSync__Quotas__", StringComparison.OrdinalIgnoreCase))
            && Environment.GetEnvironmentVariable("ContactSync__Quotas__Enabled") is null)
        {
            env["ContactSync__Quotas__Enabled"] = "false";
        }

        string[] args = ["--contentRoot", Path.GetDirectoryName(dll)!];
        var child = ChildProcess.StartDotnet("server", dll, args, env, dataDirectory);
        try
        {
            var m = await child.WaitForLineAsync(Serving(), TimeSpan.FromSeconds(90), cancellationToken);
            var address = m.Groups[1].Value.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/', ',', '.');
            return new ServerProcess(child, new Uri(address));
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process at once, as a crash would, and waits for it to end.</summary>
    public Task KillAsync() => _child.KillAsync();

    /// <summary>Closes the channel and kills the process.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_channel.IsValueCreated)
        {
            _channel.Value.Dispose();
        }

        await _child.DisposeAsync();
    }

    [GeneratedRegex(@"serving native gRPC \(HTTP/2\) on (\S+) and gRPC-Web")]
    private static partial Regex Serving();
}
