using ContactSync.Module.Tests.Infrastructure;

namespace ContactSync.Module.Tests;

/// <summary>The assembled module folder in the real pwsh 7: manifest, help, verbs, output types, isolation.</summary>
public sealed class PwshModuleShapeTests
{
    [Fact]
    public async Task ModuleShape_ManifestHelpVerbsAndIsolation_AllChecksPass()
    {
        var result = await Pwsh.RunFileAsync(
            Path.Combine(RepositoryPaths.Scripts, "ModuleShape.ps1"),
            new Dictionary<string, string>(),
            TimeSpan.FromSeconds(90));

        PwshPlanTests.AssertChecks(result, "manifest", "help", "help details", "isolation");
    }
}
