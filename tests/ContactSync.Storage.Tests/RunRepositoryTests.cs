using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests;

/// <summary>Run records through <see cref="IRunRepository"/>: cancel requests across servers and runs abandoned by a dead server.</summary>
public abstract class RunRepositoryTests(StorageFixture storage)
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private IRunRepository Runs => storage.Services.GetRequiredService<IRunRepository>();

    private IPlanLeaseRepository Leases => storage.Services.GetRequiredService<IPlanLeaseRepository>();

    [Fact]
    public async Task CancelRequest_OfAnotherServer_IsSeenAtTheNextProgressUpdate_OnlyWhileRunning()
    {
        var run = NewRun(StorageFixture.NewPlanId());
        await Runs.CreateAsync(run, CancellationToken.None);

        Assert.False(await Runs.UpdateAsync(run with { Processed = 5 }, CancellationToken.None));
        Assert.True(await Runs.RequestCancelAsync(run.Id, CancellationToken.None));
        Assert.True(await Runs.UpdateAsync(run with { Processed = 6 }, CancellationToken.None));

        await Runs.UpdateAsync(run with { Processed = 6, EndUtc = Now.AddMinutes(1), Outcome = "Cancelled", Phase = "Done" }, CancellationToken.None);
        Assert.False(await Runs.RequestCancelAsync(run.Id, CancellationToken.None));
        var stored = await Runs.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(6, stored!.Processed);
        Assert.True(stored.Ended);
        Assert.Equal(DateTimeKind.Utc, stored.StartUtc.Kind);
    }

    [Fact]
    public async Task CloseAbandoned_ClosesOnlyOpenRunsWithoutAValidLease()
    {
        var plan = StorageFixture.NewPlanId();
        var leased = NewRun(plan);
        var abandoned = NewRun(plan) with { StartUtc = Now.AddMinutes(-5) };
        await Runs.CreateAsync(abandoned, CancellationToken.None);
        await Runs.CreateAsync(leased, CancellationToken.None);
        await Leases.TryAcquireAsync(plan, "a", leased.Id, Now, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(1, await Runs.CloseAbandonedAsync(plan, Now, CancellationToken.None));

        var closed = await Runs.GetAsync(abandoned.Id, CancellationToken.None);
        Assert.True(closed!.Interrupted);
        Assert.Equal("Failed", closed.Outcome);
        Assert.Equal(leased.Id, (await Runs.RunningAsync(plan, CancellationToken.None))!.Id);
        Assert.Equal(1, await Runs.ConsecutiveFailuresAsync(plan, CancellationToken.None));
    }

    private static RunRecord NewRun(string planId) => new()
    {
        Id = "run_" + Guid.NewGuid().ToString("N"),
        PlanId = planId,
        Trigger = "Manual",
        StartUtc = Now,
        Phase = "Queued",
        Holder = "a",
    };
}
