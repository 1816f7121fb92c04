using ContactSync.Emulators;
using ContactSync.Server.Tests.Infrastructure;
using ContactSync.Testing.Emulation;
using ContactSync.Testing.Hosting;
using ContactSync.Zoho.Access;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>Starting one plan never waits for another plan's start (its Zoho/Google calls happen outside any shared lock).</summary>
public sealed class IndependentStartTests
{
    [Fact]
    public async Task StartOfOnePlan_HeldInsideItsZohoCheck_DoesNotHoldUpAnotherPlansRun()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 5, GoogleSeedContacts = 5 }, CancellationToken.None);
        var users = emulator.Credentials.ZohoUserIds;
        GatedAccessChecker? gate = null;
        await using var server = await TestServer.StartAsync(configureServices: services =>
        {
            // The real check (its type is internal to ContactSync.Zoho) is created as registered, and wrapped.
            var real = services.Last(d => d.ServiceType == typeof(ICrmAccessChecker)).ImplementationType!;
            services.AddSingleton<ICrmAccessChecker>(sp => gate = new GatedAccessChecker((ICrmAccessChecker)ActivatorUtilities.CreateInstance(sp, real), users["admin"]));
        });
        var client = server.Client(apiKey: null);
        var auth = TestServer.Bearer(TestServer.AdminKey);
        await client.SetConnectionAsync(ConnectionRequests.Zoho(emulator), auth);
        await client.SetConnectionAsync(ConnectionRequests.Google(emulator), auth);
        var held = await ConfigureAsync(client, auth, emulator, users["admin"], Proto.SyncDirection.CrmToGoogle);
        var other = await ConfigureAsync(client, auth, emulator, users["standard"], Proto.SyncDirection.CrmToGoogle);

        using var heldCall = client.RunSync(new Proto.RunSyncRequest { PlanId = held.Id }, auth);
        var heldEvents = ReadAllAsync(heldCall);
        await gate!.Entered.WaitAsync(TimeSpan.FromMinutes(2));

        using var otherCall = client.RunSync(new Proto.RunSyncRequest { PlanId = other.Id }, auth, deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(2));
        var otherEvents = await ReadAllAsync(otherCall);

        Assert.False(heldEvents.IsCompleted);
        Assert.Equal(Proto.RunOutcome.Succeeded, otherEvents[^1].Result.Run.Outcome);
        gate.Release();
        Assert.Equal(Proto.RunOutcome.Succeeded, (await heldEvents)[^1].Result.Run.Outcome);
    }

    private static async Task<Proto.SyncPlan> ConfigureAsync(Proto.ContactSync.ContactSyncClient client, Metadata auth, EmulatorHost emulator, string crmUserId, Proto.SyncDirection direction)
    {
        var plan = TestPlans.OnEmulator(emulator, crmUserId, direction);
        return (await client.ConfigureAsync(new Proto.ConfigureRequest { Plan = plan }, auth)).Plan;
    }

    private static async Task<List<Proto.RunEvent>> ReadAllAsync(AsyncServerStreamingCall<Proto.RunEvent> call)
    {
        var events = new List<Proto.RunEvent>();
        await foreach (var item in call.ResponseStream.ReadAllAsync())
        {
            events.Add(item);
        }

        return events;
    }
}
