using System.Text.Json.Nodes;
using ContactSync.Client.Models;
using ContactSync.Emulators;
using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>
/// module/examples/admin-example.ps1 (the README's script), invoked as an admin invokes it —
/// <c>pwsh -File admin-example.ps1 -Server … -ApiKey … -CrmUser …</c> — against a real server whose connections to the
/// Zoho/Google emulators were stored with Set-ContactSyncConnection.
/// </summary>
public sealed class PwshAdminExampleTests
{
    [Fact]
    public async Task AdminExample_AsWritten_ConfiguresPreviewsSyncsAndShowsStatus()
    {
        await using var env = await LiveEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 30, GoogleSeedContacts = 8, Seed = 63 });
        PwshPlanTests.AssertChecks(await env.RunScriptAsync("LiveConnect.ps1"), "connections stored");
        var tiered = env.Emulator.Zoho.GetAllRecords().First(r => !string.IsNullOrEmpty(r["Customer_Tier"]?.GetValue<string>()) && r["Email"] is not null);

        var result = await Pwsh.RunFileAsync(
            Path.Combine(RepositoryPaths.Examples, "admin-example.ps1"),
            new Dictionary<string, string>(),
            TimeSpan.FromSeconds(60),
            CancellationToken.None,
            "-Server", env.Server.GrpcWebAddress.ToString(),
            "-ApiKey", LiveEnvironment.AdminKey,
            "-CrmUser", env.CrmUser,
            "-Module", RepositoryPaths.ModuleManifest);

        Assert.True(result.ExitCode == 0 && result.Errors.Length == 0, result.ToString());
        Assert.Contains("Syncing CRM view 'All Contacts' with Google group 'ContactSync'", result.Output);
        Assert.Matches(@"30\s+Create, Google", result.Output);
        Assert.Matches(@"8\s+Create, Crm", result.Output);
        Assert.Matches(@"Outcome\s+:\s+Succeeded", result.Output);
        Assert.Matches(@"Sales team\s+Succeeded", result.Output);
        var plan = Assert.Single(await env.Client.ListConfigsAsync(null, CancellationToken.None));
        Assert.Equal("Sales team", plan.Name);
        Assert.Equal(env.Emulator.Zoho.AllContactsViewId, plan.CrmView);
        Assert.Equal(env.Emulator.Credentials.GoogleContactSyncGroup, plan.GoogleGroup);
        Assert.Equal(TimeSpan.FromMinutes(30), plan.Frequency);
        Assert.True(plan.Enabled);

        // The preview came before any sync: the scheduler's first run is one interval after the plan was saved, so the only
        // real run is the script's manual one, and the next one is due 30 minutes after the plan was saved.
        var run = Assert.Single(await env.Client.ListRunsAsync(plan.Id, 10, CancellationToken.None), r => !r.DryRun);
        Assert.Equal(RunTrigger.Manual, run.Trigger);
        var status = Assert.Single(await env.Client.GetStatusAsync(plan.Id, CancellationToken.None));
        Assert.Equal(run.StartTime + TimeSpan.FromMinutes(30), status.NextRunTime);
        Assert.Contains(plan.FieldMap, m => m.CrmField == "Customer_Tier" && m.GoogleField == "userDefined[Customer tier]");
        Assert.Equal(38, env.ZohoCount);
        Assert.Equal(38, env.GroupMembers);
        var email = tiered["Email"]!.GetValue<string>();
        var person = env.Emulator.Google.GetAllContacts().Single(p => p["emailAddresses"]?.AsArray().Any(e => e?["value"]?.GetValue<string>() == email) == true);
        var custom = person["userDefined"]?.AsArray().OfType<JsonObject>().SingleOrDefault(u => u["key"]?.GetValue<string>() == "Customer tier");
        Assert.Equal(tiered["Customer_Tier"]!.GetValue<string>(), custom?["value"]?.GetValue<string>());
    }
}
