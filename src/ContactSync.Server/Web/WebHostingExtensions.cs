using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Web;

/// <summary>
/// The settings page as part of the server: its static files on every HTTP endpoint (the gRPC-Web port and the TLS
/// port; the h2c-only port serves them too, but browsers cannot use it), the CORS policy that lets the configured widget
/// origins call gRPC-Web, security headers (CSP with <c>frame-ancestors</c> for Zoho CRM) and the widget sign-in.
/// </summary>
internal static class WebHostingExtensions
{
    private static readonly string[] GrpcHeaders = ["Grpc-Status", "Grpc-Message", "Grpc-Status-Details-Bin", "Grpc-Encoding", "Grpc-Accept-Encoding"];

    /// <summary>Registers the settings, the CORS policy and the widget ticket services.</summary>
    public static IServiceCollection AddContactSyncWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebSettings.SectionName);
        var settings = section.Get<WebSettings>() ?? new WebSettings();
        services.Configure<WebSettings>(section);
        services.AddCors(cors => cors.AddPolicy(WebSettings.CorsPolicyName, policy => policy
            .WithOrigins(settings.AllowedOrigins.Select(o => o.TrimEnd('/')).ToArray())
            .AllowAnyHeader()
            .WithMethods("POST", "OPTIONS")
            .WithExposedHeaders(GrpcHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddSingleton<WidgetTicketService>();
        services.AddSingleton<ZohoUserVerifier>();
        return services;
    }

    /// <summary>Adds the middleware (call before gRPC-Web and the endpoints).</summary>
    public static WebApplication UseContactSyncWeb(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<WebSettings>>().Value;
        app.UseCors(WebSettings.CorsPolicyName);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        var root = settings.EffectiveRoot;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ContactSync.Server.Web");
        if (settings.Enabled && File.Exists(Path.Combine(root, "index.html")))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
            });
            WebLog.PageServed(logger, root);
        }
        else if (settings.Enabled)
        {
            WebLog.PageMissing(logger, root);
        }

        return app;
    }

    /// <summary>Maps the widget sign-in endpoints and, when the page is not built, a text answer at <c>/</c>.</summary>
    public static WebApplication MapContactSyncWeb(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<WebSettings>>().Value;
        WidgetSignInEndpoints.Map(app);
        if (!settings.Enabled || !File.Exists(Path.Combine(settings.EffectiveRoot, "index.html")))
        {
            app.MapGet("/", () => "ContactSync gRPC server: use a gRPC client (native gRPC on HTTP/2, or gRPC-Web on HTTP/1.1).");
        }

        return app;
    }
}
