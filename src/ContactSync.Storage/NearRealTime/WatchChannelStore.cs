using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.NearRealTime;

/// <summary>EF Core implementation of <see cref="IWatchChannelStore"/> (provider-neutral statements).</summary>
internal sealed class WatchChannelStore(IDbContextFactory<ContactSyncDbContext> contexts) : IWatchChannelStore
{
    public async Task<IReadOnlyList<WatchChannelRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.WatchChannels.AsNoTracking().OrderBy(c => c.PlanId).ToListAsync(cancellationToken)).Select(ToRecord).ToList();
    }

    public async Task<WatchChannelRecord?> GetAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.WatchChannels.AsNoTracking().SingleOrDefaultAsync(c => c.PlanId == planId, cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

    public async Task<WatchChannelRecord?> FindAsync(long channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.WatchChannels.AsNoTracking().SingleOrDefaultAsync(c => c.ChannelId == channelId, cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

    public async Task<bool> TryAddAsync(WatchChannelRecord channel, string holder, DateTime claimUntilUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = new WatchChannelEntity { PlanId = channel.PlanId, ClaimHolder = holder, ClaimedUntilUtc = claimUntilUtc };
        Copy(channel, entity);
        db.WatchChannels.Add(entity);
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

    public async Task<bool> TryClaimAsync(string planId, string holder, DateTime nowUtc, DateTime claimUntilUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WatchChannels
            .Where(c => c.PlanId == planId && (c.ClaimedUntilUtc < nowUtc || c.ClaimHolder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimHolder, holder).SetProperty(c => c.ClaimedUntilUtc, claimUntilUtc), cancellationToken) > 0;
    }

    public async Task<bool> SaveAsync(WatchChannelRecord channel, string holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.WatchChannels.SingleOrDefaultAsync(c => c.PlanId == channel.PlanId && c.ClaimHolder == holder, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        Copy(channel, entity);
        entity.ClaimHolder = "";
        entity.ClaimedUntilUtc = DateTime.MinValue;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task RemoveAsync(string planId, long channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WatchChannels.Where(c => c.PlanId == planId && c.ChannelId == channelId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task TouchAsync(long channelId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WatchChannels.Where(c => c.ChannelId == channelId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNotificationUtc, nowUtc), cancellationToken);
    }

    private static void Copy(WatchChannelRecord from, WatchChannelEntity to)
    {
        to.ChannelId = from.ChannelId;
        to.TokenHash = from.TokenHash;
        to.NotifyUrl = from.NotifyUrl;
        to.State = from.State;
        to.ExpiresUtc = from.ExpiresUtc;
        to.CreatedUtc = from.CreatedUtc;
        to.RenewedUtc = from.RenewedUtc;

        // LastNotificationUtc is written only by TouchAsync, so a save never undoes a callback that arrived meanwhile.
        to.LastError = from.LastError.Length > 1000 ? from.LastError[..1000] : from.LastError;
    }

    private static WatchChannelRecord ToRecord(WatchChannelEntity e) => new(
        e.PlanId, e.ChannelId, e.TokenHash, e.NotifyUrl, e.State, Utc(e.ExpiresUtc), DateTime.SpecifyKind(e.CreatedUtc, DateTimeKind.Utc),
        Utc(e.RenewedUtc), Utc(e.LastNotificationUtc), e.LastError);

    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
