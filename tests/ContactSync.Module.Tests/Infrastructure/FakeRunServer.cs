using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>Hosts <see cref="FakeRunService"/> over gRPC-Web (HTTP/1.1) on 127.0.0.1 with a free port.</summary>
public sealed class FakeRunServer : IAsyncLifetime
{
    private WebApplication? _app;

    public FakeRunState State { get; } = new();

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(State);
        _app = builder.Build();
        _app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        _app.MapGrpcService<FakeRunService>();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
