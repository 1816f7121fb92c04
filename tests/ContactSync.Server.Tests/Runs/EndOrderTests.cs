using ContactSync.Emulators;
using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Runs;

/// <summary>
/// A run's end is saved before its plan's lease goes back: an open run record without a lease is an abandoned run, which a
/// replica's scheduler resumes at once — the plan would run twice.
/// </summary>
public sealed class EndOrderTests
{
    [Fact]
    public async Task ThePlansLease_GoesBack_OnlyOnceTheRunsEndIsSaved()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 2, GoogleSeedContacts = 2 }, CancellationToken.None);
        var endSaved = false;
        ReleaseWatchingLeaseRepository? leases = null;
        await using var server = await ServerPlan.StartAsync(emulator, services =>
        {
            var realRuns = services.Last(d => d.ServiceType == typeof(IRunRepository)).ImplementationType!;
            var realLeases = services.Last(d => d.ServiceType == typeof(IPlanLeaseRepository)).ImplementationType!;
            services.AddSingleton<IRunRepository>(sp => new GatedRunRepository(
                (IRunRepository)ActivatorUtilities.CreateInstance(sp, realRuns), afterUpdate: run => endSaved |= run.EndUtc is not null));
            services.AddSingleton<IPlanLeaseRepository>(sp => leases = new ReleaseWatchingLeaseRepository(
                (IPlanLeaseRepository)ActivatorUtilities.CreateInstance(sp, realLeases), () => Volatile.Read(ref endSaved)));
        });

        var result = await server.RunToEndAsync();

        Assert.Equal(Proto.RunOutcome.Succeeded, result?.Run.Outcome);
        Assert.True(await leases!.AtRelease.WaitAsync(TimeSpan.FromMinutes(2)));
    }
}
