using ContactSync.Storage.Leases;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests;

/// <summary>The lease rules every <see cref="IPlanLeaseRepository"/> keeps (the SQLite store here; a PostgreSQL one must pass the same).</summary>
public abstract class PlanLeaseRepositoryTests(StorageFixture storage)
{
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    private IPlanLeaseRepository Leases => storage.Services.GetRequiredService<IPlanLeaseRepository>();

    [Fact]
    public async Task FreePlan_IsLeasedToTheFirstHolder_AndRefusedToAnother()
    {
        var plan = StorageFixture.NewPlanId();

        Assert.True(await Leases.TryAcquireAsync(plan, "a", "run_1", Now, Duration, CancellationToken.None));
        Assert.False(await Leases.TryAcquireAsync(plan, "b", "run_2", Now, Duration, CancellationToken.None));

        var lease = await Leases.GetAsync(plan, CancellationToken.None);
        Assert.Equal(new PlanLease(plan, "a", "run_1", Now + Duration), lease);
        Assert.Equal(DateTimeKind.Utc, lease!.ExpiresUtc.Kind);
    }

    [Fact]
    public async Task ConcurrentClaims_OfOnePlan_HaveExactlyOneWinner()
    {
        var plan = StorageFixture.NewPlanId();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => Leases.TryAcquireAsync(plan, "holder" + i, "run_" + i, Now, Duration, CancellationToken.None))));

        Assert.Single(claims, taken => taken);
        var lease = await Leases.GetAsync(plan, CancellationToken.None);
        Assert.Equal("run_" + Array.IndexOf(claims, true), lease!.RunId);
    }

    [Fact]
    public async Task ExpiredLease_IsTakenOver_AndTheOldHolderCanNoLongerRenewOrReleaseIt()
    {
        var plan = StorageFixture.NewPlanId();
        await Leases.TryAcquireAsync(plan, "a", "run_1", Now, Duration, CancellationToken.None);
        var later = Now + Duration + TimeSpan.FromSeconds(1);

        Assert.True(await Leases.TryAcquireAsync(plan, "b", "run_2", later, Duration, CancellationToken.None));

        Assert.False(await Leases.RenewAsync(plan, "a", "run_1", later + Duration, CancellationToken.None));
        Assert.False(await Leases.ReleaseAsync(plan, "a", "run_1", CancellationToken.None));
        Assert.Equal("b", (await Leases.GetAsync(plan, CancellationToken.None))!.Holder);
    }

    [Fact]
    public async Task Holder_ReacquiresItsOwnRun_RenewsAndReleases()
    {
        var plan = StorageFixture.NewPlanId();
        await Leases.TryAcquireAsync(plan, "a", "run_1", Now, Duration, CancellationToken.None);

        Assert.True(await Leases.TryAcquireAsync(plan, "a", "run_1", Now + TimeSpan.FromSeconds(5), Duration, CancellationToken.None));
        Assert.False(await Leases.TryAcquireAsync(plan, "a", "run_other", Now + TimeSpan.FromSeconds(5), Duration, CancellationToken.None));
        Assert.True(await Leases.RenewAsync(plan, "a", "run_1", Now + TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.Equal(Now + TimeSpan.FromMinutes(10), (await Leases.GetAsync(plan, CancellationToken.None))!.ExpiresUtc);

        Assert.True(await Leases.ReleaseAsync(plan, "a", "run_1", CancellationToken.None));
        Assert.Null(await Leases.GetAsync(plan, CancellationToken.None));
        Assert.DoesNotContain(await Leases.ListAsync(CancellationToken.None), l => l.PlanId == plan);
    }

    [Fact]
    public void Validity_IncludesTheExpiryInstant()
    {
        var lease = new PlanLease("p", "a", "r", Now);

        Assert.True(lease.IsValidAt(Now));
        Assert.False(lease.IsValidAt(Now.AddTicks(1)));
    }
}
