using ContactSync.Emulators;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Runs;

/// <summary>An in-process server (with services the test replaces) connected to an emulator, with one CRM → Google plan.</summary>
internal sealed class ServerPlan : IAsyncDisposable
{
    private ServerPlan(TestServer server, Proto.SyncPlan plan)
    {
        Server = server;
        Plan = plan;
        Client = server.Client(apiKey: null);
    }

    public TestServer Server { get; }

    public Proto.SyncPlan Plan { get; }

    public Proto.ContactSync.ContactSyncClient Client { get; }

    public Metadata Auth { get; } = TestServer.Bearer(TestServer.AdminKey);

    public static async Task<ServerPlan> StartAsync(EmulatorHost emulator, Action<IServiceCollection> configureServices)
    {
        var server = await TestServer.StartAsync(configureServices: configureServices);
        try
        {
            var client = server.Client(apiKey: null);
            var auth = TestServer.Bearer(TestServer.AdminKey);
            await client.SetConnectionAsync(ConnectionRequests.Zoho(emulator), auth);
            await client.SetConnectionAsync(ConnectionRequests.Google(emulator), auth);
            var onEmulator = TestPlans.OnEmulator(emulator, emulator.Credentials.ZohoUserIds["admin"], Proto.SyncDirection.CrmToGoogle);
            return new ServerPlan(server, (await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = onEmulator }, auth)).Plan);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the plan and reads its stream to the end; the run's result (null when none came).</summary>
    public async Task<Proto.RunResult?> RunToEndAsync()
    {
        using var call = Client.RunSync(new Proto.RunSyncRequest { PlanId = Plan.Id }, Auth);
        Proto.RunResult? result = null;
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            result = call.ResponseStream.Current.Result ?? result;
        }

        return result;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
