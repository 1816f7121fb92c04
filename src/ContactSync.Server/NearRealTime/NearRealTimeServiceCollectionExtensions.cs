namespace ContactSync.Server.NearRealTime;

/// <summary>Registers near-real-time plans: the channel upkeep, the notification receiver, the Google poller, the dispatcher.</summary>
internal static class NearRealTimeServiceCollectionExtensions
{
    public static IServiceCollection AddContactSyncNearRealTime(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NearRealTimeSettings.SectionName);
        var problems = (section.Get<NearRealTimeSettings>() ?? new NearRealTimeSettings()).Problems().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        services.Configure<NearRealTimeSettings>(section);
        services.AddSingleton<NearRealTimeWake>();
        services.AddSingleton<NearRealTimePlans>();
        services.AddSingleton<WatchChannelManager>();
        services.AddSingleton<NotificationGate>();
        services.AddSingleton<ZohoNotificationReceiver>();
        services.AddSingleton<GooglePoller>();
        services.AddSingleton<ChangeDispatcher>();
        services.AddSingleton<NearRealTimeStatusReader>();
        services.AddHostedService<NearRealTimeWorker>();
        return services;
    }
}
