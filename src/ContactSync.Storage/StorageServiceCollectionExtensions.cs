using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Storage.ApiKeys;
using ContactSync.Storage.Connections;
using ContactSync.Storage.Leases;
using ContactSync.Storage.NearRealTime;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Plans;
using ContactSync.Storage.Quotas;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactSync.Storage;

/// <summary>Registers the ContactSync database behind its store interfaces (the EF Core types stay inside this assembly).</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite file name inside the data directory.</summary>
    public const string SqliteFileName = "contactsync.db";

    /// <summary>
    /// Registers the database on a SQLite file <c>contactsync.db</c> in <paramref name="dataDirectory"/> (created if missing)
    /// and the stores: <see cref="IPlanRepository"/>, <see cref="IApiKeyRepository"/> and <see cref="IConnectionRepository"/>
    /// (scoped), <see cref="IRunRepository"/>, <see cref="IRunErrorRepository"/>, <see cref="IPlanLeaseRepository"/>, <see cref="IQuotaStore"/>, the
    /// near-real-time stores (<see cref="IWatchChannelStore"/>, <see cref="IChangeHintStore"/>, <see cref="IGooglePollStore"/>),
    /// <see cref="ISyncStateStore"/> and <see cref="ISyncStateStoreFactory"/> (singletons). Apply the migrations with
    /// <see cref="ContactSyncDatabase.MigrateAsync"/> before use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataDirectory">The folder of the database file.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddContactSyncStorage(this IServiceCollection services, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var connectionString = SqliteDatabase.ConnectionString(dataDirectory);
        return services.AddDatabase(options => options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()));
    }

    /// <summary>
    /// The provider seam: registers the context with the provider <paramref name="configure"/> chooses, and the stores.
    /// Only this, <see cref="SqliteDatabase"/> and <see cref="SqlitePragmaInterceptor"/> know the provider.
    /// </summary>
    internal static IServiceCollection AddDatabase(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<ContactSyncDbContext>(configure);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ContactSyncDbContext>>().CreateDbContext());
        services.AddScoped<IPlanRepository, PlanRepository>();
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
        services.AddScoped<IConnectionRepository, ConnectionRepository>();
        services.AddSingleton<IRunRepository, RunRepository>();
        services.AddSingleton<IRunErrorRepository, RunErrorRepository>();
        services.AddSingleton<IPlanLeaseRepository, PlanLeaseRepository>();
        services.AddSingleton<IWatchChannelStore, WatchChannelStore>();
        services.AddSingleton<IChangeHintStore, ChangeHintStore>();
        services.AddSingleton<IGooglePollStore, GooglePollStore>();
        services.AddSingleton<IQuotaStore, QuotaStore>();
        services.AddSingleton<ISyncStateStoreFactory, EfSyncStateStoreFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<ISyncStateStoreFactory>().ForRun(""));
        return services;
    }
}
