using System.Net;
using ContactSync.Server.Access;
using ContactSync.Server.Catalog;
using ContactSync.Server.Errors;
using ContactSync.Server.NearRealTime;
using ContactSync.Server.Plans;
using ContactSync.Server.Quotas;
using ContactSync.Server.Requests;
using ContactSync.Server.Connections;
using ContactSync.Server.Runs;
using ContactSync.Server.Services;
using ContactSync.Server.Web;
using ContactSync.Storage;
using Grpc.AspNetCore.Web;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration.Memory;

namespace ContactSync.Server.Hosting;

/// <summary>Wires the ContactSync server into an ASP.NET Core application.</summary>
public static class ContactSyncServerExtensions
{
    /// <summary>Settings that apply when neither appsettings.json nor the environment says otherwise.</summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:Grpc"] = "Warning",
    };

    /// <summary>
    /// Adds the ContactSync services: Kestrel endpoints from <c>ContactSync:Server</c>, storage from
    /// <c>ContactSync:Database</c> (SQLite in <c>ContactSync:DataDirectory</c> by default, or PostgreSQL), gRPC with authentication and exception mapping, health and reflection.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddContactSyncServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });

        var settings = builder.Configuration.GetSection(ContactSyncSettings.SectionName).Get<ContactSyncSettings>() ?? new ContactSyncSettings();
        var server = builder.Configuration.GetSection(ServerSettings.SectionName).Get<ServerSettings>() ?? new ServerSettings();
        builder.Services.Configure<ContactSyncSettings>(builder.Configuration.GetSection(ContactSyncSettings.SectionName));

        var endpoints = new ServerEndpoints();
        builder.Services.AddSingleton(endpoints);
        builder.WebHost.ConfigureKestrel(kestrel => ConfigureEndpoints(kestrel, server, endpoints));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new BootstrapKeyOutput(Console.Out));
        var database = (builder.Configuration.GetSection(DatabaseSettings.SectionName).Get<DatabaseSettings>() ?? new DatabaseSettings()).ToOptions(settings.DataDirectory);
        builder.Services.AddSingleton(database);
        builder.Services.AddContactSyncStorage(database);
        builder.Services.AddContactSyncAccess();
        builder.Services.AddContactSyncPlans();
        builder.Services.AddContactSyncCatalog();
        builder.Services.AddContactSyncQuotas(builder.Configuration);
        var keyRing = builder.Configuration.GetSection(KeyRingSettings.SectionName).Get<KeyRingSettings>() ?? new KeyRingSettings();
        builder.Services.AddContactSyncConnections(settings.DataDirectory, keyRing);
        if (string.IsNullOrEmpty(keyRing.CertificatePath))
        {
            // Data Protection warns that keys "may be persisted to storage in unencrypted form"; the start-up line
            // KeyRingProtection says plainly what protects them instead (owner-only files) and how to add a certificate.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        }
        builder.Services.AddSingleton<HealthServiceImpl>();
        builder.Services.AddHostedService<DatabaseStartupService>();
        builder.Services.AddHostedService<ReplicaHeartbeatService>();
        builder.Services.AddContactSyncRuns(builder.Configuration);
        builder.Services.AddContactSyncNearRealTime(builder.Configuration);
        builder.Services.AddContactSyncWeb(builder.Configuration);

        var limits = builder.Configuration.GetSection(LimitSettings.SectionName).Get<LimitSettings>() ?? new LimitSettings();
        builder.Services.Configure<LimitSettings>(builder.Configuration.GetSection(LimitSettings.SectionName));
        builder.Services.AddGrpc(options =>
            {
                options.EnableDetailedErrors = builder.Environment.IsDevelopment();
                options.MaxReceiveMessageSize = limits.MaxRequestBytes;
            })
            .AddServiceOptions<ContactSyncService>(options =>
            {
                options.Interceptors.Add<ExceptionMappingInterceptor>();
                options.Interceptors.Add<RequestGuardInterceptor>();
            });
        builder.Services.AddGrpcReflection();
        return builder;
    }

    /// <summary>
    /// Maps the ContactSync service, <c>grpc.health.v1.Health</c> and server reflection, enables gRPC-Web for all of
    /// them, checks the API key and then the request body of ContactSync calls before any is parsed by gRPC, and logs the
    /// endpoints once the server listens.
    /// </summary>
    /// <param name="app">The built application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapContactSync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseContactSyncWeb();
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseMiddleware<RequestBodyGateMiddleware>();
        app.MapGrpcService<ContactSyncService>();
        app.MapGrpcService<HealthServiceImpl>();
        app.MapGrpcReflectionService();
        app.MapContactSyncWeb();
        ZohoNotificationEndpoint.Map(app);

        var endpoints = app.Services.GetRequiredService<ServerEndpoints>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ContactSync.Server");
        app.Lifetime.ApplicationStarted.Register(() => HostingLog.Listening(logger, endpoints.GrpcAddress, endpoints.GrpcWebAddress));
        return app;
    }

    private static void ConfigureEndpoints(KestrelServerOptions kestrel, ServerSettings server, ServerEndpoints endpoints)
    {
        var address = string.Equals(server.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? IPAddress.Loopback
            : IPAddress.TryParse(server.Host, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ContactSync:Server:Host must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{server.Host}'.");

        if (!string.IsNullOrWhiteSpace(server.CertificatePath))
        {
            endpoints.Tls = true;
            kestrel.Listen(address, server.GrpcPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(server.CertificatePath, server.CertificatePassword);
                endpoints.Grpc = listen;
            });
            return;
        }

        kestrel.Listen(address, server.GrpcPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            endpoints.Grpc = listen;
        });
        kestrel.Listen(address, server.GrpcWebPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            endpoints.GrpcWeb = listen;
        });
    }
}
