using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.ApiKeys;

/// <summary>EF Core implementation of <see cref="IApiKeyRepository"/>.</summary>
internal sealed class ApiKeyRepository(ContactSyncDbContext db, TimeProvider timeProvider) : IApiKeyRepository
{
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.ApiKeys.AnyAsync(cancellationToken);

    public async Task<ApiKeyCredential?> GetCredentialAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return entity is null ? null : new ApiKeyCredential(entity.ToRecord(), entity.SecretSalt, entity.SecretHash);
    }

    public async Task<ApiKeyRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return entity?.ToRecord();
    }

    public async Task<ApiKeyRecord> CreateAsync(string id, string name, ApiKeyRole role, string crmUserId, byte[] secretSalt, byte[] secretHash, CancellationToken cancellationToken)
    {
        var entity = ApiKeyEntity.Create(id, name, role, crmUserId, secretSalt, secretHash, timeProvider.GetUtcNow().UtcDateTime);
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.ToRecord();
    }

    public async Task<ApiKeyRecord?> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        entity.Revoke(timeProvider.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return entity.ToRecord();
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(bool includeRevoked, CancellationToken cancellationToken)
    {
        var query = db.ApiKeys.AsNoTracking();
        if (!includeRevoked)
        {
            query = query.Where(k => k.RevokedUtc == null);
        }

        var entities = await query.OrderBy(k => k.CreatedUtc).ThenBy(k => k.Id).ToListAsync(cancellationToken);
        return entities.Select(e => e.ToRecord()).ToList();
    }

    public async Task<int> ResaltAsync(Func<byte[], (byte[] Salt, byte[] Hash)> resalt, CancellationToken cancellationToken)
    {
        var unsalted = await db.ApiKeys.Where(k => k.SecretSalt == null).ToListAsync(cancellationToken);
        foreach (var entity in unsalted)
        {
            var (salt, hash) = resalt(entity.SecretHash);
            entity.Resalt(salt, hash);
        }

        await db.SaveChangesAsync(cancellationToken);
        return unsalted.Count;
    }

    public Task<int> CountActiveAdminsAsync(CancellationToken cancellationToken) =>
        db.ApiKeys.CountAsync(k => k.Role == ApiKeyRole.Admin && k.RevokedUtc == null, cancellationToken);
}
