using ContactSync.Core.Engine;
using ContactSync.Storage.Leases;
using ContactSync.Storage.Runs;
using ContactSync.Storage.Tests.Diagnostics;
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
    public async Task Update_WritesEveryField_InOneStatement_WhileNoCancelWasAskedFor()
    {
        var run = NewRun(StorageFixture.NewPlanId());
        await Runs.CreateAsync(run, CancellationToken.None);
        var changed = run with
        {
            Trigger = "Schedule", Full = true, DryRun = true, StartUtc = Now.AddSeconds(1), EndUtc = Now.AddMinutes(2), Outcome = "Succeeded",
            Phase = "Done", Processed = 1, Total = 2, CrmCreated = 3, CrmUpdated = 4, CrmDeleted = 5, CrmFailed = 6, GoogleCreated = 7,
            GoogleUpdated = 8, GoogleDeleted = 9, GoogleFailed = 10, Conflicts = 11, Errors = 12, Backlog = 13, CrmCalls = 14, GoogleCalls = 15,
            RetriedCalls = 16, BackoffMs = 17, Message = "done", Holder = "b", Notes = 18, Interrupted = true, GoogleAccount = "ada@example.com",
            PredictedDurationMs = 19, Conditions = [new PlanCondition(PlanCondition.GoogleContactLimit, "full", 20)],
        };

        using (var log = new CommandLog(run.PlanId))
        {
            Assert.False(await Runs.UpdateAsync(changed, CancellationToken.None));
            Assert.Single(log.Commands);
        }

        var stored = await Runs.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(changed with { Conditions = [] }, stored! with { Conditions = [] });
        Assert.Equal(changed.Conditions, stored.Conditions);
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

        using (var log = new CommandLog(plan))
        {
            Assert.Equal(1, await Runs.CloseAbandonedAsync(plan, Now, CancellationToken.None));
            Assert.Single(log.Commands); // a run start waits for it: one round trip, the lease looked up inside the statement
        }

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
