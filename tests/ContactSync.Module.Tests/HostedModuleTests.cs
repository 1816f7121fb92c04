using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ContactSync.Client.Models;
using ContactSync.Module.Tests.Infrastructure;
using ContactSync.Testing.Hosting;

namespace ContactSync.Module.Tests;

/// <summary>
/// The cmdlets hosted in this process (System.Management.Automation 7.6.9) against the real server. Note: here the
/// test process's own gRPC assemblies serve the module, unlike in pwsh; the pwsh tests cover the real loading.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HostedModuleTests(ServerFixture server)
{
    [Fact]
    public void SessionDefault_IsPerRunspace_AnotherRunspaceIsNotConnected()
    {
        using var connected = OpenRunspace();
        using var other = OpenRunspace();

        Invoke(connected, "Connect-ContactSync", ("Server", server.Server.Host.GrpcWebAddress), ("ApiKey", TestServer.AdminKey));
        var listed = Invoke(connected, "Get-ContactSyncConfig");
        var error = Assert.Throws<CmdletInvocationException>(() => Invoke(other, "Get-ContactSyncConfig"));

        Assert.Empty(listed.Errors);
        Assert.Equal("ContactSyncNotConnected,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand", error.ErrorRecord.FullyQualifiedErrorId);
    }

    [Fact]
    public void SetThenGet_WithPerCallServerAndKey_WritesPlainRecordsAndPerItemErrors()
    {
        using var runspace = OpenRunspace();
        var name = "hosted-" + Guid.NewGuid().ToString("N")[..8];
        var auth = new (string, object)[] { ("Server", server.Server.Host.GrpcWebAddress), ("ApiKey", TestServer.AdminKey) };

        var set = Invoke(runspace, "Set-ContactSyncConfig", auth.Concat(new (string, object)[]
        {
            ("Name", name), ("Direction", "CrmToGoogle"), ("CrmUser", "42"), ("CrmView", "7"), ("GoogleGroup", "contactGroups/x"), ("PassThru", true),
        }).ToArray());
        var get = Invoke(runspace, "Get-ContactSyncConfig", auth.Append(("Name", new[] { name, name + "-missing" })).ToArray());

        Assert.Empty(set.Errors);
        var plan = Assert.IsType<SyncPlanInfo>(Assert.Single(set.Output).BaseObject);
        Assert.Equal(SyncDirection.CrmToGoogle, plan.Direction);
        Assert.False(plan.Enabled, "a new plan is not scheduled unless -Enabled is given, as in the API (plans.proto)");
        Assert.Equal(plan.Id, Assert.IsType<SyncPlanInfo>(Assert.Single(get.Output).BaseObject).Id);
        var error = Assert.Single(get.Errors);
        Assert.Equal("ContactSyncConfigNotFound,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void NearRealTime_IsSetKeptAndTurnedOff_AndNeedsAFrequency()
    {
        using var runspace = OpenRunspace();
        var name = "nrt-" + Guid.NewGuid().ToString("N")[..8];
        var auth = new (string, object)[] { ("Server", server.Server.Host.GrpcWebAddress), ("ApiKey", TestServer.AdminKey) };
        (string, object)[] Plan(params (string, object)[] more) => auth.Concat(new (string, object)[]
        {
            ("Name", name), ("Direction", "CrmToGoogle"), ("CrmUser", "42"), ("CrmView", "7"), ("GoogleGroup", "contactGroups/x"), ("PassThru", true),
        }).Concat(more).ToArray();

        var refused = Invoke(runspace, "Set-ContactSyncConfig", Plan(("NearRealTime", true)));
        var on = Invoke(runspace, "Set-ContactSyncConfig", Plan(("NearRealTime", true), ("Frequency", TimeSpan.FromMinutes(30))));
        var kept = Invoke(runspace, "Set-ContactSyncConfig", Plan(("InitialCap", 5)));
        var off = Invoke(runspace, "Set-ContactSyncConfig", Plan(("NearRealTime", new SwitchParameter(false))));

        Assert.Contains("-NearRealTime", Assert.Single(refused.Errors).ErrorDetails.Message, StringComparison.Ordinal);
        Assert.True(Assert.IsType<SyncPlanInfo>(Assert.Single(on.Output).BaseObject).NearRealTime);
        Assert.True(Assert.IsType<SyncPlanInfo>(Assert.Single(kept.Output).BaseObject).NearRealTime);
        Assert.False(Assert.IsType<SyncPlanInfo>(Assert.Single(off.Output).BaseObject).NearRealTime);
    }

    private static Runspace OpenRunspace()
    {
        var iss = InitialSessionState.CreateDefault2();
        iss.ImportPSModule(RepositoryPaths.ModuleManifest);
        var runspace = RunspaceFactory.CreateRunspace(iss);
        runspace.Open();
        return runspace;
    }

    private static (IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors) Invoke(Runspace runspace, string command, params (string Name, object Value)[] parameters)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand(command);
        foreach (var (name, value) in parameters)
        {
            ps.AddParameter(name, value);
        }

        var output = ps.Invoke();
        return (output, ps.Streams.Error.ToList());
    }
}
