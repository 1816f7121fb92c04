using ContactSync.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Quotas;

/// <summary>Reads the shared state of quotas: their rows, the chunks still counted and the slots live servers hold.</summary>
internal static class QuotaStoreReader
{
    public static async Task<QuotaSnapshot> ReadAsync(ContactSyncDbContext db, string holder, long now, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var list = keys?.Distinct(StringComparer.Ordinal).ToList();
        var rows = await (list is null ? db.QuotaKeys : db.QuotaKeys.Where(k => list.Contains(k.Key))).AsNoTracking().ToListAsync(cancellationToken);
        var chunks = await (list is null ? db.QuotaChunks : db.QuotaChunks.Where(c => list.Contains(c.Key)))
            .Where(c => c.CountsUntilTicks > now)
            .GroupBy(c => c.Key)
            .Select(g => new { Key = g.Key, Units = g.Sum(c => c.Units), Earliest = g.Min(c => c.CountsUntilTicks) })
            .ToListAsync(cancellationToken);
        var slots = await (list is null ? db.QuotaSlots : db.QuotaSlots.Where(s => list.Contains(s.Key)))
            .Where(s => s.ExpiresTicks > now).AsNoTracking().ToListAsync(cancellationToken);
        var live = await db.QuotaHolders.CountAsync(h => h.AliveUntilTicks > now && h.Holder != holder, cancellationToken) + 1;

        var states = new Dictionary<string, SharedQuotaState>(StringComparer.Ordinal);
        foreach (var key in list ?? rows.Select(r => r.Key).ToList())
        {
            states[key] = new SharedQuotaState(key);
        }

        foreach (var row in rows)
        {
            states[row.Key] = states[row.Key] with
            {
                Exists = true, Version = row.Version, Kind = row.Kind, Limit = row.Limit, WindowTicks = row.WindowTicks,
                PausedUntilTicks = row.PausedUntilTicks, Factor = row.Factor, FactorSinceTicks = row.FactorSinceTicks,
            };
        }

        foreach (var chunk in chunks.Where(c => states.ContainsKey(c.Key)))
        {
            states[chunk.Key] = states[chunk.Key] with { Counted = chunk.Units, EarliestFreeTicks = chunk.Earliest };
        }

        foreach (var group in slots.Where(s => states.ContainsKey(s.Key)).GroupBy(s => s.Key))
        {
            states[group.Key] = states[group.Key] with
            {
                OthersSlots = group.Where(s => s.Holder != holder).Sum(s => s.Slots),
                OwnSlots = group.Where(s => s.Holder == holder).Sum(s => s.Slots),
            };
        }

        return new QuotaSnapshot(states, live);
    }
}
