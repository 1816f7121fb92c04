namespace ContactSync.Web.Tests.Infrastructure;

/// <summary>Folders of the repository the tests use (found from the test assembly's folder upwards).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Zoho CRM widget package the build lays out (plugin-manifest.json, app/widget.html, app/app.js).</summary>
    public static string WidgetPackage => Path.Combine(Root, "artifacts", "zoho-widget");

    /// <summary>Where screenshots go: docs/screenshots when CONTACTSYNC_UPDATE_SCREENSHOTS=1, else artifacts/screenshots.</summary>
    public static string Screenshots => Environment.GetEnvironmentVariable("CONTACTSYNC_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(Root, "docs", "screenshots")
        : Path.Combine(Root, "artifacts", "screenshots");

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
