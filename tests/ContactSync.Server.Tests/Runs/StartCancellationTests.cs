using ContactSync.Emulators;
using ContactSync.Server.Runs.Launching;
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
        await using var server = await ServerPlan.StartAsync(emulator, services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IRunPortFactory)).ImplementationType!;
            services.AddSingleton<IRunPortFactory>(sp => tracking = new DisposalTrackingPortFactory((IRunPortFactory)ActivatorUtilities.CreateInstance(sp, real)));
        });
        var (client, auth, plan) = (server.Client, server.Auth, server.Plan);

        // Another start of the same plan holds its start lock.
        var gate = server.Server.Host.Services.GetRequiredService<ActiveRuns>().StartGate(plan.Id);
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
