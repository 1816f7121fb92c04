using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Server.Runs.Progress;
using ContactSync.Server.Runs.Scheduling;
using ContactSync.Server.Runs.Status;

namespace ContactSync.Server.Runs;

/// <summary>Registers runs (leasing, launching, progress recording), their queries and streams, and the scheduler.</summary>
internal static class RunsServiceCollectionExtensions
{
    public static IServiceCollection AddContactSyncRuns(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RunSettings>(configuration.GetSection(RunSettings.SectionName));
        services.AddSingleton<PlanLeasing>();
        services.AddSingleton<ActiveRuns>();
        services.AddSingleton<CrmAccessCache>();
        services.AddSingleton<CrmViewKinds>();
        services.AddSingleton<IRunPortFactory, RunPortFactory>();
        services.AddSingleton<RunProgressRecorder>();
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<FailedStartRecorder>();
        services.AddSingleton<RunLauncher>();
        services.AddSingleton<RunEventStreamer>();
        services.AddScoped<RunQueries>();
        services.AddSingleton<SyncScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncScheduler>());
        return services;
    }
}
