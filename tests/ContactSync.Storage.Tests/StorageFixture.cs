using ContactSync.Storage.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests;

/// <summary>A migrated SQLite database in a temporary folder, reached only through the public registration.</summary>
public sealed class StorageFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "contactsync-storage-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    /// <summary>The registered stores.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddContactSyncStorage(_folder).BuildServiceProvider();
        await ContactSyncDatabase.MigrateAsync(_services, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        ContactSyncDatabase.ReleasePooledConnections();

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms: the temporary folder is left behind.
        }
    }

    /// <summary>A plan id no other test uses.</summary>
    public static string NewPlanId() => "pln_" + Guid.NewGuid().ToString("N")[..16];
}
