using ContactSync.Testing.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>A SQLite file in a temp folder, registered exactly as the server registers it.</summary>
public sealed class SqliteStoreFixture : EfStoreFixture
{
    private readonly string folder = TempFolders.New("contactsync-storage-tests");

    /// <inheritdoc />
    protected override IServiceCollection AddStorage(IServiceCollection services) => services.AddContactSyncSqliteStorage(folder);

    /// <inheritdoc />
    protected override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        TempFolders.TryDelete(folder);
        return Task.CompletedTask;
    }
}
