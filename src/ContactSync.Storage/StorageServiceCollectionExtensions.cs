using ContactSync.Core.Plans;
using ContactSync.Storage.ApiKeys;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Plans;
using ContactSync.Storage.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactSync.Storage;

/// <summary>Registers the ContactSync database and its repositories.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite file name inside the data directory.</summary>
    public const string SqliteFileName = "contactsync.db";

    /// <summary>
    /// Registers <see cref="ContactSyncDbContext"/> on a SQLite file <c>contactsync.db</c> in <paramref name="dataDirectory"/>
    /// (created if missing), plus the repositories. This and <see cref="SqliteDatabase"/> are the only SQLite-specific code.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataDirectory">The folder of the database file.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddContactSyncSqliteStorage(this IServiceCollection services, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var connectionString = SqliteDatabase.ConnectionString(dataDirectory);
        return services.AddContactSyncStorage(options => options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()));
    }

    /// <summary>Registers the context with a provider chosen by <paramref name="configure"/>, plus the repositories.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the provider and connection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddContactSyncStorage(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<ContactSyncDbContext>(configure);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ContactSyncDbContext>>().CreateDbContext());
        services.AddScoped<IPlanRepository, PlanRepository>();
        services.AddScoped<IApiKeyRepository, ApiKeyRepository>();
        services.AddSingleton<RunRepository>();
        return services;
    }
}
