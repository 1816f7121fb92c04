using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.NearRealTime;

/// <summary>EF Core implementation of <see cref="IGooglePollStore"/> (provider-neutral statements).</summary>
internal sealed class GooglePollStore(IDbContextFactory<ContactSyncDbContext> contexts) : IGooglePollStore
{
    public async Task<GooglePollRecord?> GetAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.GooglePolls.AsNoTracking().SingleOrDefaultAsync(p => p.PlanId == planId, cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

    public async Task<IReadOnlyList<GooglePollRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.GooglePolls.AsNoTracking().ToListAsync(cancellationToken)).Select(ToRecord).ToList();
    }

    public async Task<bool> TryClaimAsync(string planId, DateTime nowUtc, DateTime claimUntilUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.GooglePolls.Where(p => p.PlanId == planId && p.NextPollUtc <= nowUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextPollUtc, claimUntilUtc), cancellationToken) > 0)
        {
            return true;
        }

        if (await db.GooglePolls.AnyAsync(p => p.PlanId == planId, cancellationToken))
        {
            return false;
        }

        db.GooglePolls.Add(new GooglePollEntity { PlanId = planId, NextPollUtc = claimUntilUtc });
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

    public async Task SaveAsync(GooglePollRecord poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.GooglePolls.SingleOrDefaultAsync(p => p.PlanId == poll.PlanId, cancellationToken);
        if (entity is null)
        {
            entity = new GooglePollEntity { PlanId = poll.PlanId };
            db.GooglePolls.Add(entity);
        }

        entity.NextPollUtc = poll.NextPollUtc;
        entity.IntervalTicks = poll.Interval.Ticks;
        entity.PollToken = poll.PollToken;
        entity.BaseToken = poll.BaseToken;
        entity.LastPollUtc = poll.LastPollUtc;
        entity.LastChangeUtc = poll.LastChangeUtc;
        entity.LastError = poll.LastError.Length > 1000 ? poll.LastError[..1000] : poll.LastError;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.GooglePolls.Where(p => p.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
    }

    private static GooglePollRecord ToRecord(GooglePollEntity e) => new(
        e.PlanId, DateTime.SpecifyKind(e.NextPollUtc, DateTimeKind.Utc), TimeSpan.FromTicks(e.IntervalTicks), e.PollToken, e.BaseToken,
        e.LastPollUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null,
        e.LastChangeUtc is { } c ? DateTime.SpecifyKind(c, DateTimeKind.Utc) : null,
        e.LastError);
}
