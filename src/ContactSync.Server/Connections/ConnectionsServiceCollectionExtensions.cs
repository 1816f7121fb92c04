using ContactSync.Storage.Connections;
using System.Security.Cryptography.X509Certificates;
using ContactSync.Storage.Persistence;
using ContactSync.Zoho.Access;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace ContactSync.Server.Connections;

/// <summary>Registers the connections: their store and services, the API client factory and the CRM permission check.</summary>
internal static class ConnectionsServiceCollectionExtensions
{
    /// <summary>The folder of the Data Protection key ring inside the data directory.</summary>
    public const string KeysFolderName = "keys";

    /// <summary>
    /// Adds Data Protection (application name "ContactSync", key ring in <c>&lt;dataDirectory&gt;/keys</c>, owner-only
    /// on Unix, encrypted with a certificate when <see cref="KeyRingSettings.CertificatePath"/> is set), the connection
    /// store and services, the pooled Zoho HttpClient, <see cref="ISyncClientFactory"/> and <see cref="ICrmAccessChecker"/>
    /// (its setting <see cref="CrmPermissionSettings.SectionName"/>).
    /// </summary>
    public static IServiceCollection AddContactSyncConnections(this IServiceCollection services, string dataDirectory, KeyRingSettings? keyRing = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var keys = Path.Combine(Path.GetFullPath(dataDirectory), KeysFolderName);
        OwnerOnlyFiles.EnsureFolder(keys);
        OwnerOnlyFiles.EnsureFilesIn(keys);

        var dataProtection = services.AddDataProtection().SetApplicationName("ContactSync");
        services.AddOptions<KeyManagementOptions>().Configure<ILoggerFactory>((options, loggers) =>
            options.XmlRepository = new OwnerOnlyXmlRepository(new DirectoryInfo(keys), loggers));
        services.AddSingleton(DescribeKeyRing(dataProtection, keys, keyRing));
        services.AddHttpClient(SyncClientFactory.ZohoHttpClientName);
        services.AddSingleton<ConnectionSecretProtector>();
        services.AddScoped<ConnectionStore>();
        services.AddScoped<ConnectionService>();
        services.AddSingleton<ISyncClientFactory, SyncClientFactory>();
        services.AddOptions<CrmPermissionSettings>().BindConfiguration(CrmPermissionSettings.SectionName);
        services.AddZohoCrmAccess();
        return services;
    }

    private static KeyRingDescription DescribeKeyRing(IDataProtectionBuilder dataProtection, string keys, KeyRingSettings? keyRing)
    {
        if (keyRing?.CertificatePath is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, keyRing.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
            return new KeyRingDescription(keys, $"encryption with the certificate {certificate.Subject} ({certificate.Thumbprint}) from ContactSync:DataProtection:CertificatePath, and owner-only file permissions");
        }

        return OperatingSystem.IsWindows()
            ? new KeyRingDescription(keys, "Windows DPAPI (the server's user account); set ContactSync:DataProtection:CertificatePath to encrypt it with a certificate instead")
            : new KeyRingDescription(keys, "file permissions only: the folder is 0700 and each key file 0600, readable by the server's user alone (the keys are not encrypted); " +
                "set ContactSync:DataProtection:CertificatePath (a PFX kept outside the data folder) to encrypt them as well");
    }
}
