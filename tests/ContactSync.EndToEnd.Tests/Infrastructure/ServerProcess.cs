using System.Diagnostics;
using System.Text.RegularExpressions;
using Grpc.Net.Client;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.EndToEnd.Tests.Infrastructure;

/// <summary>The server as a separate OS process (so a test can kill it at any instant), on free loopback ports.</summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly GrpcChannel _channel;

    private ServerProcess(Process process, Uri grpcAddress)
    {
        _process = process;
        GrpcAddress = grpcAddress;
        _channel = GrpcChannel.ForAddress(grpcAddress);
        Client = new Proto.ContactSync.ContactSyncClient(_channel);
    }

    public Uri GrpcAddress { get; }

    public Proto.ContactSync.ContactSyncClient Client { get; }

    public static async Task<ServerProcess> StartAsync(string dataDirectory, string adminKey, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(ServerDll());
        start.Environment["ContactSync__DataDirectory"] = dataDirectory;
        start.Environment["ContactSync__BootstrapAdminKey"] = adminKey;
        start.Environment["ContactSync__Server__GrpcPort"] = "0";
        start.Environment["ContactSync__Server__GrpcWebPort"] = "0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        // The emulators enforce no quotas unless a test sets them, so neither does the server.
        start.Environment["ContactSync__Quotas__Enabled"] = "false";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListeningLine().Match(line) is { Success: true } match)
            {
                ready.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new ServerProcess(process, address);
    }

    /// <summary>Kills the process at once, as a crash would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await KillAsync();
        _process.Dispose();
    }

    private static string ServerDll()
    {
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testDirectory.Name;
        var dll = Path.Combine(testDirectory.Parent!.Parent!.FullName, "ContactSync.Server", configuration, "ContactSync.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the server first.", dll);
    }

    [GeneratedRegex(@"serving native gRPC \(HTTP/2\) on (\S+) and gRPC-Web")]
    private static partial Regex ListeningLine();
}
