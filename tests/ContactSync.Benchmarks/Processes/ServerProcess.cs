using System.Text.RegularExpressions;

namespace ContactSync.Benchmarks.Processes;

/// <summary>A ContactSync server process (<c>dotnet ContactSync.Server.dll</c>) on free loopback ports with its own data folder.</summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly ChildProcess _child;

    private ServerProcess(ChildProcess child, Uri grpcAddress)
    {
        _child = child;
        GrpcAddress = grpcAddress;
    }

    /// <summary>Native gRPC (h2c) address, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public Uri GrpcAddress { get; }

    /// <summary>The server's process id (for /proc readings).</summary>
    public int ProcessId => _child.Id;

    /// <summary>The last lines the server printed.</summary>
    public string RecentOutput => _child.RecentOutput;

    /// <summary>
    /// Starts a server with a fresh data folder, a known admin key and <paramref name="settings"/> (configuration keys); returns
    /// once it serves gRPC. Without a quota setting, from <paramref name="settings"/> or the environment, the server paces by
    /// no quotas, as the emulators enforce none unless told to.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string dll, string dataDirectory, string adminKey, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
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
        if (Environment.GetEnvironmentVariable("ContactSync__Quotas__Enabled") is null)
        {
            env["ContactSync__Quotas__Enabled"] = "false";
        }

        foreach (var (key, value) in settings)
        {
            env[key.Replace(":", "__", StringComparison.Ordinal)] = value;
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

    public ValueTask DisposeAsync() => _child.DisposeAsync();

    [GeneratedRegex(@"serving native gRPC \(HTTP/2\) on (\S+) and gRPC-Web")]
    private static partial Regex Serving();
}
