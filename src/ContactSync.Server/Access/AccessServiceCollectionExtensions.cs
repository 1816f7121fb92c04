namespace ContactSync.Server.Access;

/// <summary>Registers API key management and each key's budget of live calls.</summary>
internal static class AccessServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ApiKeyService"/> and <see cref="LiveCallBudget"/> (with the HTTP context it reads the caller from).</summary>
    public static IServiceCollection AddContactSyncAccess(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<ApiKeyService>();
        services.AddSingleton<LiveCallBudget>();
        services.AddHttpContextAccessor();
        return services;
    }
}
