using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Leases;

/// <summary>EF Core implementation of <see cref="IPlanLeaseRepository"/> (provider-neutral statements).</summary>
internal sealed class PlanLeaseRepository(IDbContextFactory<ContactSyncDbContext> contexts) : IPlanLeaseRepository
{
    public async Task<bool> TryAcquireAsync(string planId, string holder, string runId, DateTime nowUtc, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expires = nowUtc + duration;
        var taken = await db.PlanLeases
            .Where(l => l.PlanId == planId && (l.ExpiresUtc < nowUtc || l.Holder == holder && l.RunId == runId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.RunId, runId).SetProperty(l => l.ExpiresUtc, expires), cancellationToken);
        if (taken > 0)
        {
            return true;
        }

        db.PlanLeases.Add(new PlanLeaseEntity { PlanId = planId, Holder = holder, RunId = runId, ExpiresUtc = expires });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task<bool> RenewAsync(string planId, string holder, string runId, DateTime expiresUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanLeases.Where(l => l.PlanId == planId && l.Holder == holder && l.RunId == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, expiresUtc), cancellationToken) > 0;
    }

    public async Task<bool> ReleaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanLeases.Where(l => l.PlanId == planId && l.Holder == holder && l.RunId == runId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<PlanLease?> GetAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lease = await db.PlanLeases.AsNoTracking().SingleOrDefaultAsync(l => l.PlanId == planId, cancellationToken);
        return lease is null ? null : ToLease(lease);
    }

    public async Task<IReadOnlyList<PlanLease>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leases = await db.PlanLeases.AsNoTracking().ToListAsync(cancellationToken);
        return leases.Select(ToLease).ToList();
    }

    private static PlanLease ToLease(PlanLeaseEntity lease) => new(lease.PlanId, lease.Holder, lease.RunId, DateTime.SpecifyKind(lease.ExpiresUtc, DateTimeKind.Utc));
}
