using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Connections;

/// <summary>Registers the connection repository (on the context registered by <see cref="StorageServiceCollectionExtensions"/>).</summary>
internal static class ConnectionStorageServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IConnectionRepository"/> (scoped, like the context).</summary>
    public static IServiceCollection AddContactSyncConnectionStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<IConnectionRepository, ConnectionRepository>();
        return services;
    }
}
