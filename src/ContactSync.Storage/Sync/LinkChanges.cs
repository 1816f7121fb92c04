using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Sync;

/// <summary>The link part of a committed batch: removed links, then inserted or replaced ones (one Google contact, one pair).</summary>
internal static class LinkChanges
{
    public static async Task RemoveAsync(ContactSyncDbContext db, string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.RemoveLinksByCrmId.Distinct().Chunk(EfSyncStateStore.ChunkSize))
        {
            await db.SyncLinks.Where(l => l.PlanId == planId && chunk.Contains(l.CrmId)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public static async Task UpsertAsync(ContactSyncDbContext db, string planId, IReadOnlyList<SyncLink> links, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return;
        }

        // Last write of a key wins within one batch.
        var byCrm = new Dictionary<string, SyncLink>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            byCrm[link.CrmId] = link;
        }

        if (db.WritesRowsInBulk)
        {
            await PostgresBulkWrites.UpsertLinksAsync(db, planId, byCrm.Values, cancellationToken);
            return;
        }

        var crmIds = byCrm.Keys.ToList();
        var googleNames = byCrm.Values.Select(l => l.GoogleResourceName).ToList();

        // A Google contact belongs to one pair: a row holding one of these Google contacts under another CRM id is
        // replaced (deleted first, for the unique index). Both reads use an index.
        var existing = new Dictionary<string, SyncLinkEntity>(StringComparer.Ordinal);
        var conflicting = new List<string>();
        foreach (var (crmChunk, googleChunk) in Chunks(crmIds, googleNames))
        {
            var holders = await db.SyncLinks.AsNoTracking()
                .Where(l => l.PlanId == planId && googleChunk.Contains(l.GoogleResourceName))
                .Select(l => l.CrmId)
                .ToListAsync(cancellationToken);
            conflicting.AddRange(holders.Where(id => !byCrm.ContainsKey(id)));
            foreach (var row in await db.SyncLinks.Where(l => l.PlanId == planId && crmChunk.Contains(l.CrmId)).ToListAsync(cancellationToken))
            {
                existing[row.CrmId] = row;
            }
        }

        await RemoveConflictingAsync(db, planId, conflicting, cancellationToken);
        foreach (var link in byCrm.Values)
        {
            if (!existing.TryGetValue(link.CrmId, out var entity))
            {
                entity = new SyncLinkEntity { PlanId = planId, CrmId = link.CrmId };
                db.SyncLinks.Add(entity);
            }

            entity.GoogleResourceName = link.GoogleResourceName;
            entity.GoogleEtag = link.GoogleEtag;
            entity.GoogleState = link.GoogleState;
            entity.SnapshotJson = SnapshotJson.Serialize(link.Snapshot);
            entity.Email = link.Email;
            entity.Detached = link.Detached;
        }

        // Changing GoogleResourceName of an existing row could collide with the unique index mid-batch: flush now.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the rows of CRM ids whose Google contact now belongs to another pair (and forgets any tracked copy).</summary>
    private static async Task RemoveConflictingAsync(ContactSyncDbContext db, string planId, List<string> conflicting, CancellationToken cancellationToken)
    {
        if (conflicting.Count == 0)
        {
            return;
        }

        foreach (var chunk in conflicting.Chunk(EfSyncStateStore.ChunkSize))
        {
            await db.SyncLinks.Where(l => l.PlanId == planId && chunk.Contains(l.CrmId)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var row in db.ChangeTracker.Entries<SyncLinkEntity>().Where(e => conflicting.Contains(e.Entity.CrmId)).ToList())
        {
            row.State = EntityState.Detached;
        }
    }

    private static IEnumerable<(string[] CrmIds, string[] GoogleNames)> Chunks(List<string> crmIds, List<string> googleNames)
    {
        for (var i = 0; i < crmIds.Count; i += EfSyncStateStore.ChunkSize)
        {
            yield return (crmIds.Skip(i).Take(EfSyncStateStore.ChunkSize).ToArray(), googleNames.Skip(i).Take(EfSyncStateStore.ChunkSize).ToArray());
        }
    }
}
