using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Connections;

/// <summary>EF Core implementation of <see cref="IConnectionRepository"/>.</summary>
internal sealed class ConnectionRepository(ContactSyncDbContext db, TimeProvider timeProvider) : IConnectionRepository
{
    public async Task<ConnectionRecord?> GetAsync(StoredConnectionKind kind, CancellationToken cancellationToken)
    {
        var entity = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Kind == kind, cancellationToken);
        return entity?.ToRecord();
    }

    public async Task<IReadOnlyList<ConnectionRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var entities = await db.Connections.AsNoTracking().ToListAsync(cancellationToken);
        return entities.OrderBy(e => e.Kind).Select(e => e.ToRecord()).ToList();
    }

    public async Task<ConnectionRecord> SaveAsync(StoredConnectionKind kind, string settingsJson, string protectedSecrets, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var entity = await db.Connections.SingleOrDefaultAsync(c => c.Kind == kind, cancellationToken);
        if (entity is null)
        {
            entity = ConnectionEntity.Create(kind, settingsJson, protectedSecrets, now);
            db.Connections.Add(entity);
        }
        else
        {
            entity.Replace(settingsJson, protectedSecrets, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return entity.ToRecord();
    }

    public async Task<ConnectionRecord?> TrySaveAsync(
        StoredConnectionKind kind, string settingsJson, string protectedSecrets, long expectedVersion, CancellationToken cancellationToken)
    {
        var entity = await db.Connections.SingleOrDefaultAsync(c => c.Kind == kind, cancellationToken);
        if ((entity?.Version ?? 0) != expectedVersion)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (entity is null)
        {
            entity = ConnectionEntity.Create(kind, settingsJson, protectedSecrets, now);
            db.Connections.Add(entity);
        }
        else
        {
            entity.Replace(settingsJson, protectedSecrets, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server saved first (the version is a concurrency token; a first save collides on the key).
            db.ChangeTracker.Clear();
            return null;
        }

        return entity.ToRecord();
    }
}
