using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;

namespace ContactSync.Server.Tests;

/// <summary>
/// The Python example client (tests/interop/python, grpcio + grpcio-tools from Debian's packages, which its
/// ensure-deps.sh installs when missing): stubs generated from the protos at run time, the scope picked with the picker
/// RPCs, a dry run whose progress stream it prints — against a server connected to the emulators.
/// </summary>
public sealed class PythonInteropTests
{
    [Fact]
    public async Task PythonClientFromTheProtosOnly_RunsADryRunAndPrintsTheProgressStream()
    {
        await using var connected = await EmulatedServer.StartAsync();
        var folder = PythonGrpc.Folder;
        var python = await PythonGrpc.PathAsync();
        var zohoBefore = connected.Emulator.Zoho.GetAllRecords().Count;
        var googleBefore = connected.Emulator.Google.GetAllContacts().Count;

        var run = await NodeInteropTests.RunAsync(python, ["example.py"], folder, new Dictionary<string, string>
        {
            ["CONTACTSYNC_API_KEY"] = TestServer.AdminKey,
            ["CONTACTSYNC_ADDRESS"] = connected.Server.Host.GrpcAddress.Authority,
        });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"scope: CRM view 'All Contacts' ({connected.Emulator.Zoho.AllContactsViewId})", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"progress: RUN_PHASE_\w+\s+\d+ of", run.Output);
        Assert.Matches(@"result: RUN_OUTCOME_SUCCEEDED, dry run True, \d+ planned changes", run.Output);
        Assert.Matches(@"\d+ CHANGE_ACTION_CREATE SIDE_GOOGLE", run.Output);
        Assert.Contains("plan deleted", run.Output, StringComparison.Ordinal);
        Assert.Contains("python example: dry run done", run.Output, StringComparison.Ordinal);
        Assert.Equal(zohoBefore, connected.Emulator.Zoho.GetAllRecords().Count);
        Assert.Equal(googleBefore, connected.Emulator.Google.GetAllContacts().Count);
    }
}
