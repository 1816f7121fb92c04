using ContactSync.Storage.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests;

/// <summary>A migrated database of one provider, reached only through the public registration.</summary>
public abstract class StorageFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    /// <summary>The registered stores.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddContactSyncStorage(await CreateOptionsAsync()).BuildServiceProvider();
        await ContactSyncDatabase.MigrateAsync(_services, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        ContactSyncDatabase.ReleasePooledConnections();
        RemoveDatabase();
    }

    /// <summary>A plan id no other test uses.</summary>
    public static string NewPlanId() => "pln_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Where a new database is.</summary>
    protected abstract Task<DatabaseOptions> CreateOptionsAsync();

    /// <summary>Removes what <see cref="CreateOptionsAsync"/> made (nothing by default).</summary>
    protected virtual void RemoveDatabase()
    {
    }
}
