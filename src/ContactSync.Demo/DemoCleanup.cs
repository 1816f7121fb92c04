namespace ContactSync.Demo;

/// <summary>Removes the demo's temporary data folder at exit.</summary>
internal static class DemoCleanup
{
    public static async Task RemoveFolderAsync(string path)
    {
        // SQLite may hold the file a moment after the server stopped: a few tries, then leave it (it is in the temp folder).
        for (var attempt = 0; attempt < 5 && Directory.Exists(path); attempt++)
        {
            try
            {
                Storage.Persistence.ContactSyncDatabase.ReleasePooledConnections();
                Directory.Delete(path, recursive: true);
            }
            catch (IOException) when (attempt < 4)
            {
                await Task.Delay(200, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not remove {path}: {ex.Message}");
            }
        }
    }
}
