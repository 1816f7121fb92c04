using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Sync;

/// <summary>The write-ahead intents of a committed batch: settled ones removed, new ones added once.</summary>
internal static class PendingChanges
{
    public static async Task ApplyAsync(ContactSyncDbContext db, string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        var removed = changes.RemovePending.ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in removed.Chunk(EfSyncStateStore.ChunkSize))
        {
            await db.PendingCreates.Where(p => p.PlanId == planId && chunk.Contains(p.GoogleResourceName)).ExecuteDeleteAsync(cancellationToken);
        }

        var added = changes.AddPending.Where(p => !removed.Contains(p.GoogleResourceName)).DistinctBy(p => p.GoogleResourceName).ToList();
        if (added.Count == 0)
        {
            return;
        }

        if (db.WritesRowsInBulk)
        {
            await PostgresBulkWrites.AddPendingAsync(db, planId, added, cancellationToken);
            return;
        }

        // One query per chunk for the intents already recorded (they stay as they are), not one per intent.
        foreach (var chunk in added.Chunk(EfSyncStateStore.ChunkSize))
        {
            var names = chunk.Select(p => p.GoogleResourceName).ToArray();
            var recorded = (await db.PendingCreates.AsNoTracking()
                .Where(p => p.PlanId == planId && names.Contains(p.GoogleResourceName))
                .Select(p => p.GoogleResourceName)
                .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            db.PendingCreates.AddRange(chunk.Where(p => !recorded.Contains(p.GoogleResourceName)).Select(p => new PendingCreateEntity
            {
                PlanId = planId,
                GoogleResourceName = p.GoogleResourceName,
                Email = p.Email,
                LastName = p.LastName,
                FirstName = p.FirstName,
            }));
        }
    }
}
