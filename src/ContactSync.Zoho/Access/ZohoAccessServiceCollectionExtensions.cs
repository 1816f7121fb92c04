using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactSync.Zoho.Access;

/// <summary>Registers the S10 port.</summary>
public static class ZohoAccessServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICrmAccessChecker"/> (a singleton). Its settings are <see cref="CrmPermissionSettings"/> options;
    /// bind them, e.g. to <see cref="CrmPermissionSettings.SectionName"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddZohoCrmAccess(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CrmPermissionSettings>();
        services.TryAddSingleton<ICrmAccessChecker, CrmAccessChecker>();
        return services;
    }
}
