using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Sync;

/// <summary>The seen-record part of a committed batch: removals, then inserts or replacements (the last of a record wins).</summary>
internal static class SeenChanges
{
    public static async Task ApplyAsync(ContactSyncDbContext db, string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        foreach (var group in changes.RemoveSeen.GroupBy(r => r.Side))
        {
            var side = group.Key.ToString();
            foreach (var chunk in group.Select(r => r.Id).Distinct().Chunk(EfSyncStateStore.ChunkSize))
            {
                await db.SeenRecords.Where(s => s.PlanId == planId && s.Side == side && chunk.Contains(s.RecordId)).ExecuteDeleteAsync(cancellationToken);
            }
        }

        foreach (var group in changes.UpsertSeen.GroupBy(s => s.Side))
        {
            var side = group.Key.ToString();
            var latest = new Dictionary<string, SeenRecord>(StringComparer.Ordinal);
            foreach (var seen in group)
            {
                latest[seen.Id] = seen;
            }

            if (db.WritesRowsInBulk)
            {
                await PostgresBulkWrites.UpsertSeenAsync(db, planId, side, latest.Values, cancellationToken);
                continue;
            }

            foreach (var chunk in latest.Keys.Chunk(EfSyncStateStore.ChunkSize))
            {
                var existing = await db.SeenRecords.Where(s => s.PlanId == planId && s.Side == side && chunk.Contains(s.RecordId)).ToDictionaryAsync(s => s.RecordId, StringComparer.Ordinal, cancellationToken);
                foreach (var id in chunk)
                {
                    var seen = latest[id];
                    if (!existing.TryGetValue(id, out var entity))
                    {
                        entity = new SeenRecordEntity { PlanId = planId, Side = side, RecordId = id };
                        db.SeenRecords.Add(entity);
                    }

                    entity.Email = seen.Email;
                    entity.CrossRef = seen.CrossRef;
                    entity.InScope = seen.InScope;
                }
            }
        }
    }
}
