using ContactSync.Emulators;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Runs;

/// <summary>A start given up while it waits for the plan's start lock gives back the clients it built for the run.</summary>
public sealed class StartCancellationTests
{
    [Fact]
    public async Task StartCancelledWhileWaitingForThePlansStartLock_DisposesThePortsItBuilt()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 2, GoogleSeedContacts = 2 }, CancellationToken.None);
        DisposalTrackingPortFactory? tracking = null;
        await using var server = await TestServer.StartAsync(configureServices: services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IRunPortFactory)).ImplementationType!;
            services.AddSingleton<IRunPortFactory>(sp => tracking = new DisposalTrackingPortFactory((IRunPortFactory)ActivatorUtilities.CreateInstance(sp, real)));
        });
        var client = server.Client(apiKey: null);
        var auth = TestServer.Bearer(TestServer.AdminKey);
        await client.SetConnectionAsync(ConnectionRequests.Zoho(emulator), auth);
        await client.SetConnectionAsync(ConnectionRequests.Google(emulator), auth);
        var onEmulator = TestPlans.OnEmulator(emulator, emulator.Credentials.ZohoUserIds["admin"], Proto.SyncDirection.CrmToGoogle);
        var plan = (await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = onEmulator }, auth)).Plan;

        // Another start of the same plan holds its start lock.
        var gate = server.Host.Services.GetRequiredService<ActiveRuns>().StartGate(plan.Id);
        await gate.WaitAsync(TimeSpan.FromMinutes(1));
        using var cancel = new CancellationTokenSource();
        using var call = client.RunSync(new Proto.RunSyncRequest { PlanId = plan.Id }, auth, cancellationToken: cancel.Token);
        var reading = call.ResponseStream.MoveNext(CancellationToken.None);
        await tracking!.Built.WaitAsync(TimeSpan.FromMinutes(2));
        cancel.Cancel();

        await Assert.ThrowsAsync<RpcException>(() => reading);
        await tracking.Disposed.WaitAsync(TimeSpan.FromMinutes(2));
        gate.Release();
        Assert.True(tracking.Disposed.IsCompletedSuccessfully);
    }
}
