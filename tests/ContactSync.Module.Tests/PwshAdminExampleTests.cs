using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>
/// module/examples/admin-example.ps1, as written, in the real pwsh 7. Until the sync engine is merged it runs against
/// the scripted fake of the run RPCs (the real server answers Unimplemented for pickers and runs).
/// </summary>
public sealed class PwshAdminExampleTests(FakeRunServer fake) : IClassFixture<FakeRunServer>
{
    [Fact]
    public async Task AdminExample_AsWritten_ConfiguresPreviewsRunsAndShowsStatus()
    {
        var script = Path.Combine(RepositoryPaths.Examples, "admin-example.ps1");
        var driver = Path.Combine(Path.GetTempPath(), "contactsync-admin-" + Guid.NewGuid().ToString("N") + ".ps1");
        await File.WriteAllTextAsync(driver, $$"""
            $ErrorActionPreference = 'Stop'
            & '{{script}}' -Server $env:CONTACTSYNC_SERVER -ApiKey fake-key -CrmUser 4150868000000225013 -Module $env:CONTACTSYNC_MODULE
            'EXAMPLE DONE'
            """);
        try
        {
            var result = await Pwsh.RunFileAsync(driver, new Dictionary<string, string> { ["CONTACTSYNC_SERVER"] = fake.Address.ToString() }, TimeSpan.FromSeconds(90));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Syncing CRM view 'All Contacts' with Google group 'Sales team'", result.Output);
            Assert.Contains("EXAMPLE DONE", result.Output);
            Assert.Matches(@"Outcome\s+:\s+Succeeded", result.Output);
            var plan = Assert.Single(fake.State.ConfiguredPlans.Values);
            Assert.Equal("Sales team", plan.Name);
            Assert.Equal("100", plan.CrmViewId);
            Assert.Equal("contactGroups/a", plan.GoogleGroup);
            Assert.Equal(TimeSpan.FromMinutes(30), plan.Interval.ToTimeSpan());
            Assert.Contains(plan.FieldMappings, m => m.CrmField == "Customer_Tier" && m.GoogleField == "userDefined[Customer tier]");
            var runs = fake.State.RunSyncCalls.ToArray();
            Assert.Equal(2, runs.Length);
            Assert.True(runs[0].DryRun && runs[0].Mode == Grpc.V1.RunMode.Full);
            Assert.False(runs[1].DryRun);
        }
        finally
        {
            File.Delete(driver);
        }
    }
}
