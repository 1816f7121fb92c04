namespace ContactSync.Testing.Hosting;

/// <summary>Temporary data folders of test servers.</summary>
public static class TempFolders
{
    /// <summary>A new (not yet created) folder under the system temp folder, e.g. <c>/tmp/contactsync-tests/&lt;guid&gt;</c>.</summary>
    public static string New(string prefix = "contactsync-tests") => Path.Combine(Path.GetTempPath(), prefix, Guid.NewGuid().ToString("N"));

    /// <summary>Deletes a folder and everything in it; a folder still in use or already gone is left alone (harmless).</summary>
    public static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
