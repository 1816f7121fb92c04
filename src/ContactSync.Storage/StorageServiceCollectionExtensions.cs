using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Storage.ApiKeys;
using ContactSync.Storage.Connections;
using ContactSync.Storage.Leases;
using ContactSync.Storage.NearRealTime;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Plans;
using ContactSync.Storage.Quotas;
using ContactSync.Storage.Replicas;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Schema;
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
    /// <see cref="ContactSyncDatabase.MigrateAsync(IServiceProvider, CancellationToken)"/> before use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataDirectory">The folder of the database file.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddContactSyncStorage(this IServiceCollection services, string dataDirectory) =>
        services.AddContactSyncStorage(new DatabaseOptions { DataDirectory = dataDirectory });

    /// <summary>
    /// Registers the database the options name (SQLite file or PostgreSQL) and the stores: <see cref="IPlanRepository"/>,
    /// <see cref="IApiKeyRepository"/> and <see cref="IConnectionRepository"/> (scoped), <see cref="IRunRepository"/>,
    /// <see cref="IRunErrorRepository"/>, <see cref="IPlanLeaseRepository"/>, <see cref="IReplicaRegistry"/>,
    /// <see cref="ISyncStateStore"/> and <see cref="ISyncStateStoreFactory"/> (singletons), and this build's
    /// <see cref="SchemaCompatibility"/>. Apply the migrations with <see cref="ContactSyncDatabase.MigrateAsync(IServiceProvider, CancellationToken)"/> before use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The provider and where the database is.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentException">The options are incomplete (the message names the setting).</exception>
    public static IServiceCollection AddContactSyncStorage(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            var connectionString = PostgresConnectionDefaults.Apply(options.ConnectionString!);
            services.AddSingleton<IProviderDatabase>(new PostgresDatabase(connectionString));
            services.AddDatabase<PostgresContactSyncDbContext>(builder => builder.UseNpgsql(connectionString));
            services.AddSingleton<PlanLeaseRepository>();
            services.AddSingleton<IPlanLeaseRepository, PostgresPlanLeaseRepository>();
            return services;
        }

        var sqlite = SqliteDatabase.ConnectionString(options.DataDirectory);
        services.AddSingleton<IProviderDatabase>(new SqliteDatabase());
        services.AddDatabase<SqliteContactSyncDbContext>(builder => builder.UseSqlite(sqlite).AddInterceptors(new SqlitePragmaInterceptor()));
        services.AddSingleton<IPlanLeaseRepository, PlanLeaseRepository>();
        return services;
    }

    /// <summary>
    /// The provider seam: registers the provider's context as the shared <see cref="ContactSyncDbContext"/>, and the
    /// provider-neutral stores. Only this, the provider contexts and <c>Persistence/*Database</c> know the provider.
    /// </summary>
    private static IServiceCollection AddDatabase<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : ContactSyncDbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(ContactSyncSchema.Current);
        services.AddDbContextFactory<TContext>(configure);
        services.AddSingleton<IDbContextFactory<ContactSyncDbContext>, ProviderContextFactory<TContext>>();
        services.AddScoped<ContactSyncDbContext>(sp => sp.GetRequiredService<IDbContextFactory<ContactSyncDbContext>>().CreateDbContext());
        services.AddScoped<IPlanRepository, PlanRepository>();
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
        services.AddScoped<IConnectionRepository, ConnectionRepository>();
        services.AddSingleton<IRunRepository, RunRepository>();
        services.AddSingleton<IRunErrorRepository, RunErrorRepository>();
        services.AddSingleton<IReplicaRegistry, ReplicaRegistry>();
        services.AddSingleton<IWatchChannelStore, WatchChannelStore>();
        services.AddSingleton<IChangeHintStore, ChangeHintStore>();
        services.AddSingleton<IGooglePollStore, GooglePollStore>();
        services.AddSingleton<IQuotaStore, QuotaStore>();
        services.AddSingleton<ISyncStateStoreFactory, EfSyncStateStoreFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<ISyncStateStoreFactory>().ForRun(""));
        return services;
    }
}
