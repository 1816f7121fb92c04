namespace ContactSync.Server.Tests.Deployment;

/// <summary>Files at the repository root (found from the test's output folder).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the folder above the output that holds <c>ContactSync.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The text of a file relative to the root.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContactSync.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ContactSync.sln above {AppContext.BaseDirectory}.");
    }
}
