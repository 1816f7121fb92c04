using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Sync;

/// <summary>
/// The engine's durable state in the database: each <see cref="ApplyAsync"/> is one transaction, so a run killed at any
/// instant leaves links, snapshots, seen records, failures and intents consistent. Provider-neutral EF Core only.
/// </summary>
public sealed class EfSyncStateStore : ISyncStateStore
{
    private const int ChunkSize = 500;
    private readonly IDbContextFactory<ContactSyncDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly string _runId;

    /// <summary>Creates the store; failures recorded through it are also listed as errors of <paramref name="runId"/>.</summary>
    public EfSyncStateStore(IDbContextFactory<ContactSyncDbContext> contexts, TimeProvider time, string runId = "")
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(time);
        _contexts = contexts;
        _time = time;
        _runId = runId;
    }

    /// <inheritdoc />
    public async Task<SyncCursor> GetCursorAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.SyncCursors.AsNoTracking().SingleOrDefaultAsync(c => c.PlanId == planId, cancellationToken);
        return entity is null
            ? SyncCursor.Empty
            : new SyncCursor(entity.Initialized, ToInstant(entity.CrmWatermarkUtc), ToInstant(entity.CrmDeletedWatermarkUtc), entity.GoogleSyncToken, entity.Backlog);
    }

    /// <inheritdoc />
    public async Task SaveCursorAsync(string planId, SyncCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.SyncCursors.SingleOrDefaultAsync(c => c.PlanId == planId, cancellationToken);
        if (entity is null)
        {
            entity = new SyncCursorEntity { PlanId = planId };
            db.SyncCursors.Add(entity);
        }

        entity.Initialized = cursor.Initialized;
        entity.CrmWatermarkUtc = cursor.CrmWatermark?.UtcDateTime;
        entity.CrmDeletedWatermarkUtc = cursor.CrmDeletedWatermark?.UtcDateTime;
        entity.GoogleSyncToken = cursor.GoogleSyncToken;
        entity.Backlog = cursor.Backlog;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByCrmIdAsync(string planId, IReadOnlyCollection<string> crmIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, SyncLink>(StringComparer.Ordinal);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in crmIds.Distinct().Chunk(ChunkSize))
        {
            var found = await db.SyncLinks.AsNoTracking().Where(l => l.PlanId == planId && chunk.Contains(l.CrmId)).ToListAsync(cancellationToken);
            foreach (var entity in found)
            {
                result[entity.CrmId] = ToLink(entity);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, SyncLink>> GetLinksByGoogleNameAsync(string planId, IReadOnlyCollection<string> resourceNames, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, SyncLink>(StringComparer.Ordinal);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in resourceNames.Distinct().Chunk(ChunkSize))
        {
            var found = await db.SyncLinks.AsNoTracking().Where(l => l.PlanId == planId && chunk.Contains(l.GoogleResourceName)).ToListAsync(cancellationToken);
            foreach (var entity in found)
            {
                result[entity.GoogleResourceName] = ToLink(entity);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SeenRecord>> FindSeenAsync(string planId, SideKind side, IReadOnlyCollection<string> emails, IReadOnlyCollection<string> crossRefs, CancellationToken cancellationToken)
    {
        var sideText = side.ToString();
        var found = new Dictionary<string, SeenRecord>(StringComparer.Ordinal);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in emails.Where(e => e.Length > 0).Distinct().Chunk(ChunkSize))
        {
            var rows = await db.SeenRecords.AsNoTracking().Where(s => s.PlanId == planId && s.Side == sideText && chunk.Contains(s.Email)).ToListAsync(cancellationToken);
            rows.ForEach(r => found[r.RecordId] = ToSeen(r, side));
        }

        foreach (var chunk in crossRefs.Where(c => c.Length > 0).Distinct().Chunk(ChunkSize))
        {
            var rows = await db.SeenRecords.AsNoTracking().Where(s => s.PlanId == planId && s.Side == sideText && s.CrossRef != null && chunk.Contains(s.CrossRef)).ToListAsync(cancellationToken);
            rows.ForEach(r => found[r.RecordId] = ToSeen(r, side));
        }

        return found.Values.ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordFailure>> GetFailuresAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RecordFailures.AsNoTracking().Where(f => f.PlanId == planId).ToListAsync(cancellationToken);
        return rows.Select(f => new RecordFailure(Enum.Parse<SideKind>(f.Side), f.RecordId, f.Email, f.Code, f.Message, f.CrmId, f.GoogleResourceName, f.Retries)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingCrmCreate>> GetPendingAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.PendingCreates.AsNoTracking().Where(p => p.PlanId == planId).ToListAsync(cancellationToken);
        return rows.Select(p => new PendingCrmCreate(p.GoogleResourceName, p.Email, p.LastName, p.FirstName)).ToList();
    }

    /// <inheritdoc />
    public async Task<long> CountLinksAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await db.SyncLinks.LongCountAsync(l => l.PlanId == planId && !l.Detached, cancellationToken);
    }

    /// <inheritdoc />
    public async Task ApplyAsync(string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return;
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RemoveLinksAsync(db, planId, changes, cancellationToken);
        await UpsertLinksAsync(db, planId, changes.UpsertLinks, cancellationToken);
        await ApplySeenAsync(db, planId, changes, cancellationToken);
        await ApplyFailuresAsync(db, planId, changes, cancellationToken);
        await ApplyPendingAsync(db, planId, changes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeletePlanStateAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SyncLinks.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await db.SeenRecords.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await db.RecordFailures.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await db.PendingCreates.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await db.SyncCursors.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await db.RunErrors.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await db.SyncRuns.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await db.PlanLeases.Where(x => x.PlanId == planId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task RemoveLinksAsync(ContactSyncDbContext db, string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        foreach (var chunk in changes.RemoveLinksByCrmId.Distinct().Chunk(ChunkSize))
        {
            await db.SyncLinks.Where(l => l.PlanId == planId && chunk.Contains(l.CrmId)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static async Task UpsertLinksAsync(ContactSyncDbContext db, string planId, IReadOnlyList<SyncLink> links, CancellationToken cancellationToken)
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

        if (conflicting.Count > 0)
        {
            foreach (var chunk in conflicting.Chunk(ChunkSize))
            {
                await db.SyncLinks.Where(l => l.PlanId == planId && chunk.Contains(l.CrmId)).ExecuteDeleteAsync(cancellationToken);
            }

            foreach (var row in db.ChangeTracker.Entries<SyncLinkEntity>().Where(e => conflicting.Contains(e.Entity.CrmId)).ToList())
            {
                row.State = EntityState.Detached;
            }
        }

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

    private static IEnumerable<(string[] CrmIds, string[] GoogleNames)> Chunks(List<string> crmIds, List<string> googleNames)
    {
        for (var i = 0; i < crmIds.Count; i += ChunkSize)
        {
            yield return (crmIds.Skip(i).Take(ChunkSize).ToArray(), googleNames.Skip(i).Take(ChunkSize).ToArray());
        }
    }

    private static async Task ApplySeenAsync(ContactSyncDbContext db, string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        foreach (var group in changes.RemoveSeen.GroupBy(r => r.Side))
        {
            var side = group.Key.ToString();
            foreach (var chunk in group.Select(r => r.Id).Distinct().Chunk(ChunkSize))
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

            foreach (var chunk in latest.Keys.Chunk(ChunkSize))
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

    private async Task ApplyFailuresAsync(ContactSyncDbContext db, string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        foreach (var (crmId, googleName) in changes.ResolvedFailures)
        {
            await db.RecordFailures
                .Where(f => f.PlanId == planId && ((crmId != "" && f.CrmId == crmId) || (googleName != "" && f.GoogleResourceName == googleName)))
                .ExecuteDeleteAsync(cancellationToken);
        }

        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var failure in changes.Failures)
        {
            var side = failure.Side.ToString();
            var entity = await TakeOverFailureAsync(db, planId, failure, cancellationToken);
            entity.Email = failure.Email;
            entity.Code = failure.Code;
            entity.Message = failure.Message;
            entity.CrmId = failure.CrmId;
            entity.GoogleResourceName = failure.GoogleResourceName;
            entity.RunId = _runId;
            entity.FailedUtc = now;
            if (_runId.Length > 0)
            {
                db.RunErrors.Add(new RunErrorEntity
                {
                    RunId = _runId,
                    PlanId = planId,
                    Side = side,
                    RecordId = failure.RecordId,
                    Email = failure.Email,
                    Code = failure.Code,
                    Message = failure.Message,
                    Retries = entity.Retries,
                    FailedUtc = now,
                });
            }
        }
    }

    /// <summary>
    /// The row a new failure is stored in. One record fails once: an earlier failure of the same side and pair (recorded
    /// under this record id, or under the pair's other id, e.g. the Google resource name before the CRM record existed) is
    /// replaced, and its retries are counted on.
    /// </summary>
    private static async Task<RecordFailureEntity> TakeOverFailureAsync(ContactSyncDbContext db, string planId, RecordFailure failure, CancellationToken cancellationToken)
    {
        var side = failure.Side.ToString();
        var (recordId, crmId, googleName) = (failure.RecordId, failure.CrmId, failure.GoogleResourceName);
        await db.RecordFailures
            .Where(f => f.PlanId == planId && f.Side == side && (f.RecordId == recordId || (crmId != "" && f.CrmId == crmId) || (googleName != "" && f.GoogleResourceName == googleName)))
            .LoadAsync(cancellationToken);

        // Local also holds the rows added earlier in this batch (not yet in the database).
        var earlier = db.RecordFailures.Local
            .Where(f => f.PlanId == planId && f.Side == side && (f.RecordId == recordId || (crmId.Length > 0 && f.CrmId == crmId) || (googleName.Length > 0 && f.GoogleResourceName == googleName)))
            .ToList();
        var entity = earlier.FirstOrDefault(f => f.RecordId == recordId);
        foreach (var other in earlier.Where(f => !ReferenceEquals(f, entity)))
        {
            db.RecordFailures.Remove(other);
        }

        if (entity is null)
        {
            entity = new RecordFailureEntity { PlanId = planId, Side = side, RecordId = recordId };
            db.RecordFailures.Add(entity);
        }

        entity.Retries = earlier.Count == 0 ? 0 : earlier.Max(f => f.Retries) + 1;
        return entity;
    }

    private static async Task ApplyPendingAsync(ContactSyncDbContext db, string planId, StateChanges changes, CancellationToken cancellationToken)
    {
        var removed = changes.RemovePending.Distinct().ToList();
        foreach (var chunk in removed.Chunk(ChunkSize))
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

    private static SyncLink ToLink(SyncLinkEntity e) =>
        new(e.CrmId, e.GoogleResourceName, e.GoogleEtag, e.GoogleState, SnapshotJson.Deserialize(e.SnapshotJson), e.Email, e.Detached);

    private static SeenRecord ToSeen(SeenRecordEntity e, SideKind side) => new(side, e.RecordId, e.Email, e.CrossRef, e.InScope);

    private static DateTimeOffset? ToInstant(DateTime? utc) => utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
