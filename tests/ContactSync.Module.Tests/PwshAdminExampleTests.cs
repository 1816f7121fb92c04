using System.Diagnostics;
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
    public async Task AdminExample_TheReadmeLineRunVerbatimInAShell_ConfiguresPreviewsSyncsAndShowsStatus()
    {
        await using var env = await LiveEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 30, GoogleSeedContacts = 8, Seed = 63 });
        PwshPlanTests.AssertChecks(await env.RunScriptAsync("LiveConnect.ps1"), "connections stored");
        var tiered = env.Emulator.Zoho.GetAllRecords().First(r => !string.IsNullOrEmpty(r["Customer_Tier"]?.GetValue<string>()) && r["Email"] is not null);

        var result = await RunReadmeLineAsync(env);

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

    [Fact]
    public void Readme_ShowsTheExampleScriptAsItIs()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "admin-example.ps1")).Replace("\r\n", "\n");
        var body = script[script.IndexOf("$ErrorActionPreference = 'Stop'", StringComparison.Ordinal)..].TrimEnd();

        Assert.Contains("```powershell\n" + body + "\n```", readme);
    }

    /// <summary>
    /// The README's command line, run as a new user runs it: in a shell from the repository root, with the server and the
    /// key in the environment variables the README names; no -Module (the script finds the built module itself).
    /// </summary>
    private static async Task<PwshResult> RunReadmeLineAsync(LiveEnvironment env)
    {
        var line = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Single(l => l.StartsWith("dotnet pwsh module/examples/admin-example.ps1 ", StringComparison.Ordinal));
        Assert.Contains("-CrmUser " + env.CrmUser, line);
        await Pwsh.EnsureToolsAsync(CancellationToken.None);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(line);
        start.Environment["CONTACTSYNC_SERVER"] = env.Server.GrpcWebAddress.ToString();
        start.Environment["CONTACTSYNC_API_KEY"] = LiveEnvironment.AdminKey;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return new PwshResult(process.ExitCode, await stdout, await stderr);
    }
}
