using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ContactSync.Web.Tests.Infrastructure;

/// <summary>
/// Two other origins on loopback, as in production: the "Zoho CRM" page (the test parent page that speaks the embedded-app
/// SDK's postMessage protocol) and the widget host (where Zoho serves the extension's files). Both serve the widget
/// package and the test assets; the origin a page gets depends on the port it is loaded from.
/// </summary>
internal sealed class StaticSiteHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteHost(WebApplication app, Uri crm, Uri widget)
    {
        _app = app;
        CrmOrigin = crm;
        WidgetOrigin = widget;
    }

    public Uri CrmOrigin { get; }

    public Uri WidgetOrigin { get; }

    public static async Task<StaticSiteHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var files = new CompositeFileProvider(
            new PhysicalFileProvider(RepoPaths.WidgetPackage),
            new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Assets")));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("localhost", "127.0.0.1", StringComparison.Ordinal))).ToList();
        return new StaticSiteHost(app, addresses[0], addresses[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
