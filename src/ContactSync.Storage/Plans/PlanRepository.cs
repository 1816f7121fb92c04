using System.Security.Cryptography;
using ContactSync.Core.Plans;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Plans;

/// <summary>EF Core implementation of <see cref="IPlanRepository"/> (provider-neutral queries).</summary>
internal sealed class PlanRepository(ContactSyncDbContext db, TimeProvider timeProvider) : IPlanRepository
{
    private const string NameField = "plan.name";

    public async Task<StoredSyncPlan?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return entity?.ToDomain();
    }

    public async Task<StoredSyncPlan?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = PlanEntity.NormalizeName(name);
        var entity = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.NormalizedName == normalized, cancellationToken);
        return entity?.ToDomain();
    }

    public Task<bool> NameExistsAsync(string name, string? exceptId, CancellationToken cancellationToken)
    {
        var normalized = PlanEntity.NormalizeName(name);
        return db.Plans.AnyAsync(p => p.NormalizedName == normalized && (exceptId == null || p.Id != exceptId), cancellationToken);
    }

    public async Task<PlanPage> ListAsync(string? crmUserId, int pageSize, PlanListCursor? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var query = db.Plans.AsNoTracking();
        if (crmUserId is not null)
        {
            query = query.Where(p => p.CrmUserId == crmUserId);
        }

        if (after is not null)
        {
            var afterName = PlanEntity.NormalizeName(after.Name);
            var afterId = after.Id;
            // EF Core translates string.Compare to the database's own comparison (a StringComparison would not translate).
#pragma warning disable CA1309
            query = query.Where(p => string.Compare(p.NormalizedName, afterName) > 0
                || (p.NormalizedName == afterName && string.Compare(p.Id, afterId) > 0));
#pragma warning restore CA1309
        }

        var entities = await query
            .OrderBy(p => p.NormalizedName)
            .ThenBy(p => p.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        var plans = entities.Take(pageSize).Select(e => e.ToDomain()).ToList();
        var next = entities.Count > pageSize ? new PlanListCursor(plans[^1].Definition.Name, plans[^1].Id) : null;
        return new PlanPage(plans, next);
    }

    public Task<bool> GoogleGroupUsedByOtherUserAsync(string googleGroup, string googleAccount, string crmUserId, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(
            p => p.GoogleGroup == googleGroup && p.CrmUserId != crmUserId && (p.GoogleAccount == googleAccount || p.GoogleAccount == "" || googleAccount == ""),
            cancellationToken);

    public Task<bool> GoogleAccountAssignedToUserAsync(string googleAccount, string crmUserId, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(p => p.CrmUserId == crmUserId && p.GoogleAccount == googleAccount && p.GoogleAccountAssigned, cancellationToken);

    public async Task<StoredSyncPlan> CreateAsync(SyncPlanDefinition definition, PlanAssignments assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(assignments);
        var entity = PlanEntity.Create(NewId(), definition, assignments, timeProvider.GetUtcNow().UtcDateTime);
        db.Plans.Add(entity);
        await SaveAsync(definition.Name, entity.Id, cancellationToken);
        return entity.ToDomain();
    }

    public async Task<StoredSyncPlan?> UpdateAsync(string id, long expectedVersion, SyncPlanDefinition definition, PlanAssignments assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(assignments);
        var entity = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        if (entity.Version != expectedVersion)
        {
            throw new VersionConflictException($"plan {id}", expectedVersion, entity.Version);
        }

        entity.Apply(definition, assignments, timeProvider.GetUtcNow().UtcDateTime);
        await SaveAsync(definition.Name, id, cancellationToken);
        return entity.ToDomain();
    }

    public async Task<StoredSyncPlan?> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken)
    {
        var entity = await db.Plans.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        if (expectedVersion != 0 && entity.Version != expectedVersion)
        {
            throw new VersionConflictException($"plan {id}", expectedVersion, entity.Version);
        }

        var deleted = entity.ToDomain();
        db.Plans.Remove(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new VersionConflictException($"plan {id}", entity.Version, 0);
        }

        return deleted;
    }

    private static string NewId() => "pln_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private async Task SaveAsync(string name, string id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new VersionConflictException($"plan {id}", 0, 0);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await NameExistsAsync(name, id, cancellationToken))
            {
                throw new ValidationFailedException(NameField, $"A plan named '{name}' already exists (names are unique regardless of case).");
            }

            throw;
        }
    }
}
