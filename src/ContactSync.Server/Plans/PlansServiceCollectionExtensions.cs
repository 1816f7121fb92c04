namespace ContactSync.Server.Plans;

/// <summary>Registers the plan use cases and Configure's checks.</summary>
internal static class PlansServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PlanService"/>, <see cref="GoogleGroupAccess"/>, <see cref="PlanReferenceChecker"/>, <see cref="PlanLimitWarnings"/>
    /// and the roll-out (<see cref="RollOut.PlanRollOut"/>, <see cref="RollOut.RollOutScope"/>).
    /// </summary>
    public static IServiceCollection AddContactSyncPlans(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<PlanService>();
        services.AddSingleton<GoogleGroupAccess>();
        services.AddScoped<PlanReferenceChecker>();
        services.AddScoped<PlanLimitWarnings>();
        services.AddScoped<RollOut.PlanRollOut>();
        services.AddScoped<RollOut.RollOutScope>();
        return services;
    }
}
