namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>Paths of the repository the tests run in.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The module laid out by the module project's AssembleModule target.</summary>
    public static string ModuleManifest => Path.Combine(Root, "artifacts", "module", "ContactSync", "ContactSync.psd1");

    public static string Scripts => Path.Combine(Root, "tests", "ContactSync.Module.Tests", "Scripts");

    public static string Examples => Path.Combine(Root, "module", "examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContactSync.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContactSync.sln not found above " + AppContext.BaseDirectory);
    }
}
