using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests.Sync;

/// <summary>
/// One migrated database per test class for <see cref="EfSyncStateStore"/>; a provider is one small subclass that says
/// how to register storage on its database (<see cref="AddStorage"/>) and how to drop it (<see cref="DropAsync"/>).
/// </summary>
public abstract class EfStoreFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    /// <summary>The context factory of the migrated database.</summary>
    public IDbContextFactory<ContactSyncDbContext> Contexts => services?.GetRequiredService<IDbContextFactory<ContactSyncDbContext>>() ?? throw new InvalidOperationException("Not started.");

    /// <summary>A store as the engine gets it outside a run.</summary>
    public ISyncStateStore Store => NewStore();

    /// <summary>A store whose failures and notes are also listed as errors of <paramref name="runId"/>.</summary>
    public EfSyncStateStore NewStore(string runId = "") => new(Contexts, TimeProvider.System, runId);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        services = AddStorage(new ServiceCollection()).BuildServiceProvider();
        await ContactSyncDatabase.MigrateAsync(services, CancellationToken.None);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        await DropAsync();
    }

    /// <summary>Registers the ContactSync storage on a new, empty database of the provider.</summary>
    protected abstract IServiceCollection AddStorage(IServiceCollection services);

    /// <summary>Removes the database.</summary>
    protected abstract Task DropAsync();
}
