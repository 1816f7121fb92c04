using ContactSync.Server.Permissions;
using ContactSync.Server.Pickers;
using ContactSync.Storage.Connections;
using Microsoft.AspNetCore.DataProtection;

namespace ContactSync.Server.Connections;

/// <summary>Registers connections, pickers and CRM permission checks.</summary>
internal static class ConnectionsServiceCollectionExtensions
{
    /// <summary>The folder of the Data Protection key ring inside the data directory.</summary>
    public const string KeysFolderName = "keys";

    /// <summary>
    /// Adds Data Protection (application name "ContactSync", key ring persisted in <c>&lt;dataDirectory&gt;/keys</c>,
    /// owner-only on Unix), the connection store and services, the pooled Zoho HttpClient, <see cref="ISyncClientFactory"/>,
    /// <see cref="ICrmAccessChecker"/>, the pickers and Configure's reference checks.
    /// </summary>
    public static IServiceCollection AddContactSyncConnections(this IServiceCollection services, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var keys = Path.Combine(Path.GetFullPath(dataDirectory), KeysFolderName);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(keys);
        }
        else
        {
            Directory.CreateDirectory(keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        services.AddDataProtection()
            .SetApplicationName("ContactSync")
            .PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddHttpClient(SyncClientFactory.ZohoHttpClientName);
        services.AddContactSyncConnectionStorage();
        services.AddSingleton<ConnectionSecretProtector>();
        services.AddScoped<ConnectionStore>();
        services.AddScoped<ConnectionService>();
        services.AddSingleton<ISyncClientFactory, SyncClientFactory>();
        services.AddOptions<PermissionSettings>().BindConfiguration(PermissionSettings.SectionName);
        services.AddSingleton<CrmAccessChecker>();
        services.AddSingleton<ICrmAccessChecker>(sp => sp.GetRequiredService<CrmAccessChecker>());
        services.AddScoped<PickerService>();
        services.AddScoped<PlanReferenceChecker>();
        return services;
    }
}
