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
        var removed = changes.RemovePending.Distinct().ToList();
        foreach (var chunk in removed.Chunk(EfSyncStateStore.ChunkSize))
        {
            await db.PendingCreates.Where(p => p.PlanId == planId && chunk.Contains(p.GoogleResourceName)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var intent in changes.AddPending.Where(p => !removed.Contains(p.GoogleResourceName)).DistinctBy(p => p.GoogleResourceName))
        {
            var entity = await db.PendingCreates.SingleOrDefaultAsync(p => p.PlanId == planId && p.GoogleResourceName == intent.GoogleResourceName, cancellationToken);
            if (entity is null)
            {
                db.PendingCreates.Add(new PendingCreateEntity
                {
                    PlanId = planId,
                    GoogleResourceName = intent.GoogleResourceName,
                    Email = intent.Email,
                    LastName = intent.LastName,
                    FirstName = intent.FirstName,
                });
            }
        }
    }
}
