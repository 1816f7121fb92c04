using ContactSync.Emulators;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Sync;
using ContactSync.Testing.State;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Runs;

/// <summary>What a run start waits for once it holds the plan's lease: one round trip, not one after another.</summary>
public sealed class StartOverlapTests
{
    [Fact]
    public async Task ARunsFirstStateReads_AndItsRecord_GoToTheStoreAtOnce()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 2, GoogleSeedContacts = 2 }, CancellationToken.None);
        var state = new InMemorySyncStateStore();
        await using var server = await ServerPlan.StartAsync(emulator, services =>
        {
            services.AddSingleton<ISyncStateStoreFactory>(new OneStoreFactory(state));
            var real = services.Last(d => d.ServiceType == typeof(IRunRepository)).ImplementationType!;

            // The run's record is written only once its cursor is being read: a start that reads the cursor after
            // recording the run never gets there (the gate's deadlock guard fails the start).
            services.AddSingleton<IRunRepository>(sp => new GatedRunRepository(
                (IRunRepository)ActivatorUtilities.CreateInstance(sp, real), beforeCreate: _ => state.CursorRead.Task.WaitAsync(TimeSpan.FromMinutes(2))));
        });
        var result = await server.RunToEndAsync();

        Assert.NotNull(result);
        Assert.Equal(Proto.RunOutcome.Succeeded, result.Run.Outcome);
        Assert.Equal(2, result.Run.Google.Created);
    }
}
