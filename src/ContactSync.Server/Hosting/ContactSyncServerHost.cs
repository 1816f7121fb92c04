namespace ContactSync.Server.Hosting;

/// <summary>
/// A ContactSync server running in the current process on 127.0.0.1 (ports 0 by default): for tests of other
/// projects, demos and benchmarks. Dispose it to stop the server.
/// </summary>
public sealed class ContactSyncServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ContactSyncServerHost(WebApplication app, Uri grpcAddress, Uri grpcWebAddress)
    {
        _app = app;
        GrpcAddress = grpcAddress;
        GrpcWebAddress = grpcWebAddress;
    }

    /// <summary>The native gRPC address (HTTP/2 over plain http, h2c), e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri GrpcAddress { get; }

    /// <summary>The gRPC-Web address (HTTP/1.1), for <c>GrpcWebHandler</c> clients.</summary>
    public Uri GrpcWebAddress { get; }

    /// <summary>The server's services (repositories are scoped: create a scope).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; returns once it listens and its database is migrated.</summary>
    /// <param name="options">Data folder, bootstrap key, ports and extras.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<ContactSyncServerHost> StartAsync(ContactSyncServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        var builder = CreateBuilder(options);
        options.ConfigureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapContactSync();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var endpoints = app.Services.GetRequiredService<ServerEndpoints>();
        return new ContactSyncServerHost(app, endpoints.GrpcAddress, endpoints.GrpcWebAddress);
    }

    private static WebApplicationBuilder CreateBuilder(ContactSyncServerOptions options)
    {
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = dataDirectory,
            ApplicationName = typeof(ContactSyncServerHost).Assembly.GetName().Name,
        });
        builder.Configuration.AddInMemoryCollection(Settings(options, dataDirectory));
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddConsole();
        }

        if (options.LoggerProvider is not null)
        {
            builder.Logging.AddProvider(options.LoggerProvider);
        }

        builder.AddContactSyncServer();
        if (options.TimeProvider is not null)
        {
            builder.Services.AddSingleton(options.TimeProvider);
        }

        if (options.BootstrapKeyOutput is not null)
        {
            builder.Services.AddSingleton(new BootstrapKeyOutput(options.BootstrapKeyOutput));
        }

        return builder;
    }

    private static Dictionary<string, string?> Settings(ContactSyncServerOptions options, string dataDirectory)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ContactSync:DataDirectory"] = dataDirectory,
            ["ContactSync:BootstrapAdminKey"] = options.BootstrapAdminKey ?? "",
            ["ContactSync:Server:Host"] = "127.0.0.1",
            ["ContactSync:Server:GrpcPort"] = options.GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ContactSync:Server:GrpcWebPort"] = options.GrpcWebPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in options.Configuration)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Stops the server and releases its resources.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync(CancellationToken.None);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
