using ContactSync.Core.State;
using ContactSync.Storage.Tests.Diagnostics;
using ContactSync.Storage.Tests.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace ContactSync.Storage.Tests.Providers;

/// <summary>
/// On PostgreSQL a batch's rows go to each table in one statement (arrays spread with <c>unnest</c>), not one statement per
/// row: each row statement costs the server a parse, a plan and an execution.
/// </summary>
public sealed class PostgresBatchWriteTests(PostgresStorageFixture storage) : IClassFixture<PostgresStorageFixture>
{
    private ISyncStateStore Store => storage.Services.GetRequiredService<ISyncStateStore>();

    [Fact]
    public async Task ABatchOfNewPairs_IsWrittenWithAFewStatements_AndReadBackWhole()
    {
        const int records = 1_000;
        var plan = StorageFixture.NewPlanId();

        using var log = new CommandLog(plan);
        await Store.ApplyAsync(plan, BatchOfRecords.FirstSync(records), CancellationToken.None);

        Assert.InRange(log.WriteStatements, 1, 10);
        Assert.Equal(records, await Store.CountLinksAsync(plan, CancellationToken.None));
        Assert.Equal(records, (await Store.GetPendingAsync(plan, CancellationToken.None)).Count);
        var seen = await Store.FindSeenAsync(plan, SideKind.Google, ["p0@example.test", "p1@example.test"], [], CancellationToken.None);
        Assert.Equal([(string?)null, "crm1"], seen.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => s.CrossRef));
    }

    [Fact]
    public async Task ABatchUpdatingEveryPair_IsWrittenWithAFewStatements()
    {
        const int records = 1_000;
        var plan = StorageFixture.NewPlanId();
        await Store.ApplyAsync(plan, BatchOfRecords.FirstSync(records), CancellationToken.None);

        using var log = new CommandLog(plan);
        await Store.ApplyAsync(plan, BatchOfRecords.FirstSync(records, etag: "etag-2"), CancellationToken.None);

        Assert.InRange(log.WriteStatements, 1, 10);
        var links = await Store.GetLinksByCrmIdAsync(plan, Enumerable.Range(0, records).Select(i => "crm" + i).ToList(), CancellationToken.None);
        Assert.Equal(records, links.Count);
        Assert.All(links.Values, l => Assert.Equal("etag-2", l.GoogleEtag));
    }
}
