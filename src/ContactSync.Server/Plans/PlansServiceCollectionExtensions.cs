namespace ContactSync.Server.Plans;

/// <summary>Registers the plan use cases and Configure's checks.</summary>
internal static class PlansServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PlanService"/>, <see cref="GoogleGroupAccess"/>, <see cref="PlanReferenceChecker"/> and <see cref="PlanLimitWarnings"/>.</summary>
    public static IServiceCollection AddContactSyncPlans(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<PlanService>();
        services.AddSingleton<GoogleGroupAccess>();
        services.AddScoped<PlanReferenceChecker>();
        services.AddScoped<PlanLimitWarnings>();
        return services;
    }
}
