using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using ContactSync.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Replicas;

/// <summary>EF Core implementation of <see cref="IReplicaRegistry"/> (provider-neutral statements; one row per process).</summary>
internal sealed class ReplicaRegistry(IDbContextFactory<ContactSyncDbContext> contexts) : IReplicaRegistry
{
    public async Task HeartbeatAsync(ReplicaRecord replica, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replica);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Replicas.Where(r => r.Id == replica.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSeenUtc, nowUtc).SetProperty(r => r.SchemaVersion, replica.SchemaVersion), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.Replicas.Add(new ReplicaEntity
        {
            Id = replica.Id,
            Name = replica.Name,
            SchemaVersion = replica.SchemaVersion,
            StartedUtc = replica.StartedUtc,
            LastSeenUtc = nowUtc,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveAsync(string replicaId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Replicas.Where(r => r.Id == replicaId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReplicaRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Replicas.AsNoTracking().OrderByDescending(r => r.LastSeenUtc).ToListAsync(cancellationToken);
        return rows.Select(r => new ReplicaRecord(
            r.Id, r.Name, r.SchemaVersion, DateTime.SpecifyKind(r.StartedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(r.LastSeenUtc, DateTimeKind.Utc))).ToList();
    }

    public async Task<SchemaCompatibility?> GetSchemaAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SchemaInfo.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SchemaInfoEntity.SingleRowId, cancellationToken);
        return row is null ? null : new SchemaCompatibility(row.Version, row.OldestCompatibleVersion);
    }
}
