namespace ContactSync.Server.Catalog;

/// <summary>Registers the pickers and the reuse of live catalogue answers.</summary>
internal static class CatalogServiceCollectionExtensions
{
    /// <summary>Adds <see cref="LiveCatalog"/> and <see cref="PickerService"/>.</summary>
    public static IServiceCollection AddContactSyncCatalog(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<LiveCatalog>();
        services.AddScoped<PickerService>();
        services.AddScoped<CrmUserDirectory>();
        return services;
    }
}
