namespace ContactSync.Server.Runs;

/// <summary>Registers runs, their queries and streams, and the scheduler.</summary>
internal static class RunsServiceCollectionExtensions
{
    public static IServiceCollection AddContactSyncRuns(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RunSettings>(configuration.GetSection(RunSettings.SectionName));
        services.AddSingleton<CrmAccessCache>();
        services.AddSingleton<IRunPortFactory, RunPortFactory>();
        services.AddSingleton<RunCoordinator>();
        services.AddSingleton<RunEventStreamer>();
        services.AddScoped<RunQueries>();
        services.AddSingleton<SyncScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncScheduler>());
        return services;
    }
}
