using ContactSync.Emulators;
using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>The Get-Help examples of every cmdlet, run as written in the real pwsh against a server connected to the emulators.</summary>
public sealed class PwshHelpExamplesTests
{
    [Fact]
    public async Task HelpExamples_RunAsWritten_NoneIsRejected()
    {
        await using var env = await LiveEnvironment.StartAsync(new EmulatorOptions { ZohoSeedContacts = 20, GoogleSeedContacts = 6, Seed = 64 });

        var result = await env.RunScriptAsync("LiveExamples.ps1");

        PwshPlanTests.AssertChecks(result, "examples");
    }
}
