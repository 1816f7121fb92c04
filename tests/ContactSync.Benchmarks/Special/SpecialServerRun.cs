using ContactSync.Benchmarks.Api;
using ContactSync.Benchmarks.Reporting;
using ContactSync.Benchmarks.Running;
using ContactSync.Testing.Processes;
using Grpc.Core;

namespace ContactSync.Benchmarks.Special;

/// <summary>
/// What every organisation-scale scenario does around its own part: the emulators prepared, a fresh server process with
/// its own data folder and settings, the emulators' connections stored; then the scenario's measurement with the driver;
/// a failure of the harness or the server becomes the result's error; the emulator settings are put back and the server
/// and its folder removed whatever happened.
/// </summary>
internal static class SpecialServerRun
{
    /// <summary>The scenario's own part: measures with the driver and adds figures and targets.</summary>
    public delegate Task Measure(ContactSyncDriver driver, List<KeyValuePair<string, string>> figures, List<TargetCheck> targets);

    public static async Task<SpecialResult> RunAsync(
        ISpecialScenario scenario,
        BenchEnvironment env,
        TextWriter log,
        IReadOnlyDictionary<string, string>? settings,
        Func<Task> prepare,
        Measure measure,
        Func<Task> restore,
        CancellationToken cancellationToken)
    {
        var figures = new List<KeyValuePair<string, string>>();
        var targets = new List<TargetCheck>();
        var dataDirectory = Path.Combine(env.WorkDirectory, scenario.Name + "-" + Guid.NewGuid().ToString("N")[..8]);
        string? error = null;
        ServerProcess? server = null;
        try
        {
            await env.Control.ClearFaultsAsync(cancellationToken);
            await prepare();
            server = await ServerProcess.StartAsync(env.ServerDll, dataDirectory, env.AdminKey, settings, cancellationToken);
            using var driver = new ContactSyncDriver(server.GrpcAddress, env.AdminKey);
            await driver.SetConnectionsAsync(env.Credentials, env.EmulatorBase, cancellationToken);
            await measure(driver, figures, targets);
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException or HttpRequestException or IOException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            error = e.Message;
            log.WriteLine($"  [{scenario.Name}] stopped: {error}");
        }
        finally
        {
            await restore();
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            TryDelete(dataDirectory);
        }

        return new SpecialResult(scenario.Name, scenario.Description, figures, targets, error);
    }

    /// <summary>Deletes a server's data folder; what cannot be deleted is left for Clean.</summary>
    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for Clean.
        }
    }
}
