using ContactSync.Http.Pacing;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Server.Runs.Progress;
using ContactSync.Storage.Quotas;

namespace ContactSync.Server.Quotas;

/// <summary>
/// Registers the quota pacing (section <see cref="ServerQuotaSettings.SectionName"/>): one ledger and one pacer per process; the
/// ledger shares the budget through the database (<see cref="DatabaseQuotaLedger"/>) unless <see cref="ServerQuotaSettings.Shared"/> is off.
/// </summary>
internal static class QuotasServiceCollectionExtensions
{
    public static IServiceCollection AddContactSyncQuotas(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ServerQuotaSettings.SectionName);
        services.Configure<ServerQuotaSettings>(section);
        var settings = section.Get<ServerQuotaSettings>() ?? new ServerQuotaSettings();
        var quotas = settings.ToQuotaSettings();
        if (settings.Enabled)
        {
            if (settings.Shared)
            {
                services.AddSingleton(sp => new DatabaseQuotaLedger(sp.GetRequiredService<IQuotaStore>(), quotas, settings.Ledger,
                    sp.GetRequiredService<PlanLeasing>().Holder, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DatabaseQuotaLedger>>()));
                services.AddSingleton<IQuotaLedger>(sp => sp.GetRequiredService<DatabaseQuotaLedger>());
            }
            else
            {
                services.AddSingleton(sp => new InProcessQuotaLedger(quotas, sp.GetRequiredService<TimeProvider>()));
                services.AddSingleton<IQuotaLedger>(sp => sp.GetRequiredService<InProcessQuotaLedger>());
            }

            services.AddSingleton(sp => new QuotaPacer(sp.GetRequiredService<IQuotaLedger>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<QuotaPacer>>()));
        }

        services.AddSingleton<RunDemands>();
        services.AddSingleton<RunEtaEstimator>();
        services.AddSingleton<RunEtaTrackers>();
        services.AddSingleton(sp => new ServerQuotas(quotas, settings.Google.Project, settings.Enabled ? sp.GetRequiredService<QuotaPacer>() : null,
            settings.Enabled ? Statuses(sp, settings.Shared) : null));
        return services;
    }

    /// <summary>Every quota's state, from the ledger behind the pacer (whatever wraps it).</summary>
    private static Func<CancellationToken, Task<IReadOnlyList<QuotaKeyStatus>>> Statuses(IServiceProvider services, bool shared) => shared
        ? services.GetRequiredService<DatabaseQuotaLedger>().GetStatusesAsync
        : _ => Task.FromResult(services.GetRequiredService<InProcessQuotaLedger>().GetStatuses());
}
