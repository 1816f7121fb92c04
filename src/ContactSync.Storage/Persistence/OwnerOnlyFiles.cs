namespace ContactSync.Storage.Persistence;

/// <summary>
/// Keeps the data folder private to the user the server runs as (on Unix: folders 0700, files 0600), both for what it
/// creates and for what an older version left readable. On Windows the folder inherits the ACL of where it is created
/// (normally the user's profile); these calls do nothing there.
/// </summary>
public static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode FolderMode = OwnerFileMode | UnixFileMode.UserExecute;

    /// <summary>Creates the folder owner-only, or makes an existing one owner-only.</summary>
    /// <param name="path">The folder.</param>
    public static void EnsureFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
        if (File.GetUnixFileMode(path) != FolderMode)
        {
            File.SetUnixFileMode(path, FolderMode);
        }
    }

    /// <summary>Makes a file owner-only if it exists; with <paramref name="create"/> an empty owner-only file is created first.</summary>
    /// <param name="path">The file.</param>
    /// <param name="create">Whether to create the file when it is missing.</param>
    public static void EnsureFile(string path, bool create = false)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            if (!create)
            {
                return;
            }

            using (new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerFileMode }))
            {
            }
        }

        if (File.GetUnixFileMode(path) != OwnerFileMode)
        {
            File.SetUnixFileMode(path, OwnerFileMode);
        }
    }

    /// <summary>Makes every file directly in <paramref name="folder"/> owner-only.</summary>
    /// <param name="folder">The folder.</param>
    public static void EnsureFilesIn(string folder)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder))
        {
            EnsureFile(file);
        }
    }
}
