using ContactSync.Storage.NearRealTime;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests.NearRealTime;

/// <summary>The claim rules every <see cref="IChangeHintStore"/> keeps, on each provider (replicas claim through one database).</summary>
public abstract class ChangeHintStoreTests(StorageFixture storage)
{
    private const int Hints = 300;
    private const int Claimers = 4;
    private const int Rounds = 8;
    private static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    private IChangeHintStore Store => storage.Services.GetRequiredService<IChangeHintStore>();

    [Fact]
    public async Task Claim_TakesTheChangesUpToTheTime_AndLeavesTheLaterOnes()
    {
        var plan = StorageFixture.NewPlanId();
        await Store.AddAsync(plan, ["z1", "z2"], google: true, Now, CancellationToken.None);
        await Store.AddAsync(plan, ["z3"], google: false, Now + TimeSpan.FromSeconds(10), CancellationToken.None);

        var claimed = await Store.ClaimAsync(plan, Now + TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(["z1", "z2"], claimed.CrmIds);
        Assert.True(claimed.Google);
        Assert.Equal(1, await Store.CountAsync(plan, CancellationToken.None));
        var rest = await Store.ClaimAsync(plan, Now + TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.Equal(["z3"], rest.CrmIds);
        Assert.False(rest.Google);
        Assert.True((await Store.ClaimAsync(plan, Now + TimeSpan.FromMinutes(1), CancellationToken.None)).IsEmpty);
    }

    /// <summary>
    /// Replicas claiming one plan's changes at the same moment: every change is taken by exactly one of them (a change taken
    /// twice is an extra run; one taken by nobody is lost). Several rounds, so the claims really overlap.
    /// </summary>
    [Fact]
    public async Task ConcurrentClaims_TakeEveryChangeExactlyOnce()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var plan = StorageFixture.NewPlanId();
            var ids = Enumerable.Range(0, Hints).Select(i => "z" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            await Store.AddAsync(plan, ids, google: true, Now, CancellationToken.None);

            var claims = await Task.WhenAll(Enumerable.Range(0, Claimers).Select(_ =>
                Task.Run(() => Store.ClaimAsync(plan, Now + TimeSpan.FromSeconds(1), CancellationToken.None))));

            var taken = claims.SelectMany(c => c.CrmIds).ToList();
            Assert.Equal(ids, taken.Order(StringComparer.Ordinal));
            Assert.Single(claims, c => c.Google);
            Assert.Equal(0, await Store.CountAsync(plan, CancellationToken.None));
        }
    }
}
