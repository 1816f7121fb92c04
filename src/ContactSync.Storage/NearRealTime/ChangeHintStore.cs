using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.NearRealTime;

/// <summary>EF Core implementation of <see cref="IChangeHintStore"/> (provider-neutral statements; the claim is one <c>DELETE … RETURNING</c> both providers run).</summary>
internal sealed class ChangeHintStore(IDbContextFactory<ContactSyncDbContext> contexts) : IChangeHintStore
{
    private const string CrmSide = "crm";
    private const string GoogleSide = "google";

    public async Task<bool> TryRecordReceiptAsync(string key, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.NotificationReceipts.AnyAsync(r => r.Key == key, cancellationToken))
        {
            return false;
        }

        db.NotificationReceipts.Add(new NotificationReceiptEntity { Key = key, ReceivedUtc = nowUtc });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another server recorded the same delivery at the same moment.
            return false;
        }
    }

    public async Task PruneReceiptsAsync(DateTime beforeUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.NotificationReceipts.Where(r => r.ReceivedUtc < beforeUtc).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task AddAsync(string planId, IReadOnlyCollection<string> crmIds, bool google, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmIds);
        var wanted = crmIds.Distinct(StringComparer.Ordinal).Select(id => (Side: CrmSide, Id: id)).ToList();
        if (google)
        {
            wanted.Add((GoogleSide, ""));
        }

        for (var attempt = 0; attempt < 3 && wanted.Count > 0; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var ids = wanted.Select(w => w.Id).ToList();
            var existing = await db.ChangeHints.AsNoTracking().Where(h => h.PlanId == planId && ids.Contains(h.RecordId))
                .Select(h => new { h.Side, h.RecordId }).ToListAsync(cancellationToken);
            wanted = wanted.Where(w => !existing.Any(e => e.Side == w.Side && e.RecordId == w.Id)).ToList();
            db.ChangeHints.AddRange(wanted.Select(w => new ChangeHintEntity { PlanId = planId, Side = w.Side, RecordId = w.Id, ReceivedUtc = nowUtc }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                // Another server added one of them meanwhile: read again and add the rest.
            }
        }
    }

    public async Task<IReadOnlyList<PendingChange>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ChangeHints.AsNoTracking()
            .GroupBy(h => h.PlanId)
            .Select(g => new { PlanId = g.Key, First = g.Min(h => h.ReceivedUtc), Last = g.Max(h => h.ReceivedUtc) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PendingChange(r.PlanId, DateTime.SpecifyKind(r.First, DateTimeKind.Utc), DateTime.SpecifyKind(r.Last, DateTimeKind.Utc))).ToList();
    }

    /// <summary>
    /// One <c>DELETE … RETURNING</c> statement (PostgreSQL, and SQLite since 3.35): the rows a claimer returns are the rows
    /// it deleted. On PostgreSQL a second claimer's delete waits for the first one's row locks and then skips the rows gone,
    /// so two replicas claiming at once never both take a change (a read then a delete did: both read every row).
    /// </summary>
    public async Task<ClaimedChanges> ClaimAsync(string planId, DateTime uptoUtc, CancellationToken cancellationToken)
    {
        var upto = UtcDateTimeConverter.ToUtc(uptoUtc);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ChangeHints
            .FromSql($"""DELETE FROM "ChangeHints" WHERE "PlanId" = {planId} AND "ReceivedUtc" <= {upto} RETURNING "PlanId", "Side", "RecordId", "ReceivedUtc" """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return new ClaimedChanges(
            rows.Where(r => r.Side == CrmSide).Select(r => r.RecordId).OrderBy(id => id, StringComparer.Ordinal).ToList(),
            rows.Any(r => r.Side == GoogleSide));
    }

    public async Task<int> CountAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChangeHints.CountAsync(h => h.PlanId == planId, cancellationToken);
    }

    public async Task DeletePlanAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ChangeHints.Where(h => h.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
    }
}
