using ContactSync.Module.Tests.Infrastructure;
using ContactSync.Testing.Hosting;

namespace ContactSync.Module.Tests;

/// <summary>The assembled module in the real pwsh 7 against a real server over loopback gRPC-Web.</summary>
[Collection(ServerCollection.Name)]
public sealed class PwshPlanTests(ServerFixture server)
{
    [Fact]
    public async Task PlanLifecycle_CreateUpdateGetRemoveWithPipelineValidationAndWhatIf_AllChecksPass()
    {
        var result = await RunAsync("PlanLifecycle.ps1");

        AssertChecks(result, "connect", "create", "update", "pipeline", "validation", "per-item errors", "whatif", "confirm", "plan names", "format", "remove", "disconnect");
    }

    [Fact]
    public async Task AccessAndFailures_BadKeyPermissionsUnreachableAndKeys_AllChecksPass()
    {
        var result = await RunAsync("AccessAndFailures.ps1");

        AssertChecks(result, "bad key", "unreachable", "api keys", "run without connections");
    }

    internal static void AssertChecks(PwshResult result, params string[] checks)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var check in checks)
        {
            Assert.Contains("CHECK OK: " + check + "\n", result.Output.Replace("\r\n", "\n"));
        }
    }

    private Task<PwshResult> RunAsync(string script) => Pwsh.RunFileAsync(
        Path.Combine(RepositoryPaths.Scripts, script),
        new Dictionary<string, string>
        {
            ["CONTACTSYNC_SERVER"] = server.Server.Host.GrpcWebAddress.ToString(),
            ["CONTACTSYNC_KEY"] = TestServer.AdminKey,
            ["CONTACTSYNC_PREFIX"] = "t" + Guid.NewGuid().ToString("N")[..8],
        },
        TimeSpan.FromSeconds(90));
}
