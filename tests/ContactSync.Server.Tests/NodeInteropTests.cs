using System.Diagnostics;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;

namespace ContactSync.Server.Tests;

/// <summary>
/// A client that has only the .proto files and is not .NET: the Node script in tests/interop/node (@grpc/grpc-js) picks
/// the CRM view and the Google group with the picker RPCs, does Configure, GetConfig, ListConfigs and DeleteConfig with
/// an admin key and checks InvalidArgument + BadRequest — against a server connected to the emulators, with no id of
/// theirs given to it.
/// </summary>
public sealed class NodeInteropTests
{
    [Fact]
    public async Task NodeClientFromTheProtosOnly_PicksTheScopeManagesPlansAndReadsFieldViolations()
    {
        await using var connected = await EmulatedServer.StartAsync();
        var folder = Path.Combine(RepositoryRoot(), "tests", "interop", "node");

        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, new Dictionary<string, string>());
        Assert.True(install.ExitCode == 0, "npm ci failed: " + install.Output);
        var run = await RunAsync("node", ["interop.js"], folder, new Dictionary<string, string>
        {
            ["CONTACTSYNC_API_KEY"] = TestServer.AdminKey,
            ["CONTACTSYNC_ADDRESS"] = connected.Server.Host.GrpcAddress.Authority,
        });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("interop: all checks passed", run.Output, StringComparison.Ordinal);
        Assert.Contains($"scope: CRM view 'All Contacts' ({connected.Emulator.Zoho.AllContactsViewId})", run.Output, StringComparison.Ordinal);
        Assert.Contains($"({connected.Emulator.Credentials.GoogleContactSyncGroup})", run.Output, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContactSync.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("ContactSync.sln not found above the test output.");
    }

    internal static async Task<(int ExitCode, string Output)> RunAsync(string command, string[] arguments, string folder, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
