using ContactSync.Emulators;
using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.DependencyInjection;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Runs;

/// <summary>What a run's result waits for at its end: its end record and its plan's lease go to the store at once.</summary>
public sealed class EndOverlapTests
{
    [Fact]
    public async Task ThePlansLease_GoesBack_WhileTheRunsEndIsSaved()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Port = 0, ZohoSeedContacts = 2, GoogleSeedContacts = 2 }, CancellationToken.None);
        var leaseGoneFirst = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ServerPlan.StartAsync(emulator, services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IRunRepository)).ImplementationType!;

            // The run's end is saved only once its lease is gone: a server that gives the lease back after saving the end
            // waits out the deadlock guard first (and the test sees that the lease was still there).
            services.AddSingleton<IRunRepository>(sp => new GatedRunRepository(
                (IRunRepository)ActivatorUtilities.CreateInstance(sp, real),
                beforeUpdate: run => run.EndUtc is null ? Task.CompletedTask : WaitForNoLeaseAsync(sp.GetRequiredService<IPlanLeaseRepository>(), run.PlanId, leaseGoneFirst)));
        });
        var result = await server.RunToEndAsync();

        Assert.Equal(Proto.RunOutcome.Succeeded, result?.Run.Outcome);
        Assert.True(await leaseGoneFirst.Task);
        var saved = Assert.Single((await server.Client.ListRunsAsync(new Proto.ListRunsRequest { PlanId = server.Plan.Id }, server.Auth)).Runs);
        Assert.Equal(Proto.RunOutcome.Succeeded, saved.Outcome);
    }

    /// <summary>Waits until the plan has no lease (2 minutes at most: a deadlock guard) and says whether it got there.</summary>
    private static async Task WaitForNoLeaseAsync(IPlanLeaseRepository leases, string planId, TaskCompletionSource<bool> seen)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!guard.IsCancellationRequested && await leases.GetAsync(planId, CancellationToken.None) is not null)
        {
            await Task.Delay(20, CancellationToken.None);
        }

        seen.TrySetResult(!guard.IsCancellationRequested);
    }
}
