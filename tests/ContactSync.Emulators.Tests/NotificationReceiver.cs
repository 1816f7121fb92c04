using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Emulators.Tests;

/// <summary>A small Kestrel app on loopback (port 0) that records every POST it gets, as a notify_url does.</summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedCallback> _received = new();

    private NotificationReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The status every request is answered with (200 by default).</summary>
    public int Status { get; set; } = 200;

    /// <summary>When set, each request is recorded at once but answered only when this completes.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public IReadOnlyList<ReceivedCallback> Received => _received.ToArray();

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        var app = builder.Build();
        var receiver = new NotificationReceiver(app);
        app.MapPost("/{**path}", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return receiver;
    }

    public string Url(string relative) => new Uri(BaseAddress, relative).ToString();

    /// <summary>Waits (generous deadline, no timing assumption) until at least <paramref name="count"/> requests came.</summary>
    public async Task<IReadOnlyList<ReceivedCallback>> WaitForAsync(int count)
    {
        await WatchSupport.WaitUntilAsync(() => _received.Count >= count, $"{count} callbacks (got {_received.Count})");
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        Hold?.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var body = await reader.ReadToEndAsync(ctx.RequestAborted);
        _received.Enqueue(new ReceivedCallback(ctx.Request.Path + ctx.Request.QueryString, ctx.Request.ContentType, body));
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(ctx.RequestAborted);
        }

        ctx.Response.StatusCode = Status;
    }
}
