using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Quotas;

/// <summary>
/// EF Core implementation of <see cref="IQuotaStore"/> (provider-neutral statements). A decision is written in one transaction
/// that first moves each touched key's version on with a conditional update (<c>WHERE Version = read</c>, keys in order, so two
/// servers never wait for each other crosswise); when one matches no row another server got there first, and the decision is
/// rolled back and made again on a new read.
/// </summary>
internal sealed class QuotaStore(IDbContextFactory<ContactSyncDbContext> contexts) : IQuotaStore
{
    /// <summary>Decisions are made again at most this often before the update gives up (only under constant contention).</summary>
    private const int MaxAttempts = 50;

    public async Task<QuotaSnapshot> ReadAsync(string holder, long nowTicks, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await QuotaStoreReader.ReadAsync(db, holder, nowTicks, keys, cancellationToken);
    }

    public async Task<QuotaUpdateResult<T>> UpdateAsync<T>(string holder, long nowTicks, IReadOnlyCollection<string> keys,
        Func<QuotaSnapshot, (T Value, QuotaChanges Changes)> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var snapshot = await QuotaStoreReader.ReadAsync(db, holder, nowTicks, keys, cancellationToken);
            var (value, changes) = decide(snapshot);
            if (changes.IsEmpty)
            {
                return new QuotaUpdateResult<T>(value, []);
            }

            if (await TryWriteAsync(db, holder, snapshot, changes, cancellationToken) is { } ids)
            {
                return new QuotaUpdateResult<T>(value, ids);
            }

            if (attempt >= MaxAttempts)
            {
                throw new DbUpdateConcurrencyException($"The quotas {string.Join(", ", keys)} kept changing under {MaxAttempts} attempts to take them.");
            }
        }
    }

    public async Task SettleChunksAsync(IReadOnlyList<QuotaChunkSettlement> settlements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        if (settlements.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var s in settlements)
        {
            var chunks = db.QuotaChunks.Where(c => c.Id == s.Id);
            if (s.Units <= 0)
            {
                await chunks.ExecuteDeleteAsync(cancellationToken);
            }
            else
            {
                await chunks.Where(c => c.Units >= s.Units).ExecuteUpdateAsync(u => u
                    .SetProperty(c => c.Units, s.Units).SetProperty(c => c.EndTicks, s.EndTicks).SetProperty(c => c.CountsUntilTicks, s.CountsUntilTicks), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ShrinkSlotsAsync(string holder, string key, long slots, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lease = db.QuotaSlots.Where(s => s.Key == key && s.Holder == holder);
        if (slots <= 0)
        {
            await lease.ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            await lease.Where(s => s.Slots > slots).ExecuteUpdateAsync(u => u.SetProperty(s => s.Slots, slots), cancellationToken);
        }
    }

    public async Task<int> HeartbeatAsync(string holder, long nowTicks, long aliveUntilTicks, long slotsUntilTicks, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await db.QuotaHolders.Where(h => h.Holder == holder).ExecuteUpdateAsync(u => u.SetProperty(h => h.AliveUntilTicks, aliveUntilTicks), cancellationToken) == 0)
            {
                db.QuotaHolders.Add(new QuotaHolderEntity { Holder = holder, AliveUntilTicks = aliveUntilTicks });
                await db.SaveChangesAsync(cancellationToken);
            }

            await db.QuotaSlots.Where(s => s.Holder == holder).ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresTicks, slotsUntilTicks), cancellationToken);
            await db.QuotaChunks.Where(c => c.CountsUntilTicks <= nowTicks).ExecuteDeleteAsync(cancellationToken);
            await db.QuotaSlots.Where(s => s.ExpiresTicks <= nowTicks).ExecuteDeleteAsync(cancellationToken);
            await db.QuotaHolders.Where(h => h.AliveUntilTicks <= nowTicks).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return Math.Max(1, await db.QuotaHolders.CountAsync(h => h.AliveUntilTicks > nowTicks, cancellationToken));
    }

    public async Task LeaveAsync(string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.QuotaSlots.Where(s => s.Holder == holder).ExecuteDeleteAsync(cancellationToken);
        await db.QuotaHolders.Where(h => h.Holder == holder).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Writes <paramref name="changes"/> if no touched key moved since <paramref name="snapshot"/>; the new chunks' ids, or null to decide again.</summary>
    private static async Task<IReadOnlyList<long>?> TryWriteAsync(ContactSyncDbContext db, string holder, QuotaSnapshot snapshot, QuotaChanges changes, CancellationToken cancellationToken)
    {
        var touched = changes.Keys.Select(k => k.Key).Concat(changes.Chunks.Select(c => c.Key)).Concat(changes.Slots.Select(s => s.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var key in touched)
        {
            var state = snapshot.Keys.TryGetValue(key, out var s) ? s : new SharedQuotaState(key);
            var change = changes.Keys.LastOrDefault(k => k.Key == key);
            if (!await TryBumpAsync(db, state, change, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }
        }

        foreach (var lease in changes.Slots)
        {
            if (await db.QuotaSlots.Where(s => s.Key == lease.Key && s.Holder == holder)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Slots, lease.Slots).SetProperty(s => s.ExpiresTicks, lease.ExpiresTicks), cancellationToken) == 0)
            {
                db.QuotaSlots.Add(new QuotaSlotEntity { Key = lease.Key, Holder = holder, Slots = lease.Slots, ExpiresTicks = lease.ExpiresTicks });
            }
        }

        var chunks = changes.Chunks.Select(c => new QuotaChunkEntity
        {
            Key = c.Key, Holder = holder, StartTicks = c.StartTicks, EndTicks = c.EndTicks, CountsUntilTicks = c.CountsUntilTicks, Units = c.Units,
        }).ToList();
        db.QuotaChunks.AddRange(chunks);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server wrote the first row of the same key at the same time: decide again.
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        return chunks.Select(c => c.Id).ToList();
    }

    /// <summary>Moves the key's version on from the one read (writing <paramref name="change"/>), or adds its row; false when another server moved it first.</summary>
    private static async Task<bool> TryBumpAsync(ContactSyncDbContext db, SharedQuotaState state, QuotaKeyChange? change, CancellationToken cancellationToken)
    {
        if (!state.Exists)
        {
            var c = change ?? new QuotaKeyChange(state.Key, state.Kind, state.Limit, state.WindowTicks, state.PausedUntilTicks, state.Factor, state.FactorSinceTicks);
            db.QuotaKeys.Add(new QuotaKeyEntity
            {
                Key = c.Key, Kind = c.Kind, Limit = c.Limit, WindowTicks = c.WindowTicks, PausedUntilTicks = c.PausedUntilTicks,
                Factor = c.Factor, FactorSinceTicks = c.FactorSinceTicks, Version = 1,
            });
            return true;
        }

        var row = db.QuotaKeys.Where(k => k.Key == state.Key && k.Version == state.Version);
        var next = state.Version + 1;
        var updated = change is null
            ? await row.ExecuteUpdateAsync(u => u.SetProperty(k => k.Version, next), cancellationToken)
            : await row.ExecuteUpdateAsync(u => u
                .SetProperty(k => k.Version, next).SetProperty(k => k.Kind, change.Kind).SetProperty(k => k.Limit, change.Limit)
                .SetProperty(k => k.WindowTicks, change.WindowTicks).SetProperty(k => k.PausedUntilTicks, change.PausedUntilTicks)
                .SetProperty(k => k.Factor, change.Factor).SetProperty(k => k.FactorSinceTicks, change.FactorSinceTicks), cancellationToken);
        return updated == 1;
    }
}
