using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Leases;

/// <summary>
/// <see cref="IPlanLeaseRepository"/> on PostgreSQL: a lease is claimed by one statement that inserts the plan's lease row
/// when it has none, or else in one short transaction that locks the existing row with <c>FOR UPDATE SKIP LOCKED</c> and takes
/// it when it is free, expired or already this holder's for this run. A row another replica is claiming at that moment is skipped (counted as taken), so a
/// replica never waits for another's claim. Renewing, releasing and reading are the provider-neutral statements of
/// <see cref="PlanLeaseRepository"/>.
/// </summary>
internal sealed class PostgresPlanLeaseRepository(IDbContextFactory<ContactSyncDbContext> contexts, PlanLeaseRepository neutral) : IPlanLeaseRepository
{
    /// <summary>Claims tried when the plan's row vanished between the insert and the lock (a release at that instant).</summary>
    private const int Attempts = 2;

    public async Task<bool> TryAcquireAsync(string planId, string holder, string runId, DateTime nowUtc, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = UtcDateTimeConverter.ToUtc(nowUtc);
        var expires = now + duration;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);

            // A plan without a lease row (the usual case) is claimed by one statement, committed on its own.
            var inserted = await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "PlanLeases" ("PlanId", "Holder", "RunId", "ExpiresUtc") VALUES ({planId}, {holder}, {runId}, {expires}) ON CONFLICT ("PlanId") DO NOTHING""",
                cancellationToken);
            if (inserted == 1)
            {
                return true;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.PlanLeases
                .FromSql($"""SELECT "PlanId", "Holder", "RunId", "ExpiresUtc" FROM "PlanLeases" WHERE "PlanId" = {planId} FOR UPDATE SKIP LOCKED""")
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                // Locked by another replica's claim (taken), or released and deleted just now (try once more).
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            if (!Claimable(rows[0], holder, runId, now))
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await db.PlanLeases.Where(l => l.PlanId == planId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.RunId, runId).SetProperty(l => l.ExpiresUtc, expires), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        return false;
    }

    public Task<bool> RenewAsync(string planId, string holder, string runId, DateTime expiresUtc, CancellationToken cancellationToken) =>
        neutral.RenewAsync(planId, holder, runId, expiresUtc, cancellationToken);

    public Task<bool> ReleaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken) =>
        neutral.ReleaseAsync(planId, holder, runId, cancellationToken);

    public Task<PlanLease?> GetAsync(string planId, CancellationToken cancellationToken) => neutral.GetAsync(planId, cancellationToken);

    public Task<IReadOnlyList<PlanLease>> ListAsync(CancellationToken cancellationToken) => neutral.ListAsync(cancellationToken);

    private static bool Claimable(PlanLeaseEntity lease, string holder, string runId, DateTime now) =>
        lease.ExpiresUtc < now || (lease.Holder == holder && lease.RunId == runId);
}
