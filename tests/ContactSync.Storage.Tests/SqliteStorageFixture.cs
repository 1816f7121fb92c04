namespace ContactSync.Storage.Tests;

/// <summary>A migrated SQLite database in a temporary folder.</summary>
public sealed class SqliteStorageFixture : StorageFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "contactsync-storage-" + Guid.NewGuid().ToString("N"));

    protected override Task<DatabaseOptions> CreateOptionsAsync() => Task.FromResult(new DatabaseOptions { DataDirectory = _folder });

    protected override void RemoveDatabase()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms: the temporary _folder is left behind.
        }
    }
}
