using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Sync;

/// <summary>
/// The engine's durable state in the database: each <see cref="ApplyAsync"/> is one transaction, so a run killed at any
/// instant leaves links, snapshots, seen records, failures and intents consistent. Provider-neutral EF Core only.
/// </summary>
internal sealed class EfSyncStateStore : ISyncStateStore
{
    /// <summary>Most keys in one IN list.</summary>
    internal const int ChunkSize = 500;
    private readonly IDbContextFactory<ContactSyncDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly string _runId;

    /// <summary>Creates the store; failures recorded through it are also listed as errors of <paramref name="runId"/> ("" for none).</summary>
    public EfSyncStateStore(IDbContextFactory<ContactSyncDbContext> contexts, TimeProvider time, string runId)
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
            : new SyncCursor(entity.Initialized, ToInstant(entity.CrmWatermarkUtc), ToInstant(entity.CrmDeletedWatermarkUtc), entity.GoogleSyncToken, entity.Backlog,
                entity.RoomWaiting is { } waiting ? new GoogleRoomWait(ToInstant(entity.RoomWaitSinceUtc), waiting) : null);
    }

    /// <inheritdoc />
    public async Task SaveCursorAsync(string planId, SyncCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);

        // A plan's cursor after its first run is saved by one statement (a run waits for it at its end); the first is inserted.
        var crmWatermark = cursor.CrmWatermark?.UtcDateTime;
        var crmDeletedWatermark = cursor.CrmDeletedWatermark?.UtcDateTime;
        var roomWaitSince = cursor.RoomWait?.Since?.UtcDateTime;
        var roomWaiting = cursor.RoomWait?.Waiting;
        var updated = await db.SyncCursors.Where(c => c.PlanId == planId).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Initialized, cursor.Initialized).SetProperty(c => c.CrmWatermarkUtc, crmWatermark)
                .SetProperty(c => c.CrmDeletedWatermarkUtc, crmDeletedWatermark).SetProperty(c => c.GoogleSyncToken, cursor.GoogleSyncToken)
                .SetProperty(c => c.Backlog, cursor.Backlog).SetProperty(c => c.RoomWaitSinceUtc, roomWaitSince).SetProperty(c => c.RoomWaiting, roomWaiting),
            cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.SyncCursors.Add(new SyncCursorEntity
        {
            PlanId = planId,
            Initialized = cursor.Initialized,
            CrmWatermarkUtc = crmWatermark,
            CrmDeletedWatermarkUtc = crmDeletedWatermark,
            GoogleSyncToken = cursor.GoogleSyncToken,
            Backlog = cursor.Backlog,
            RoomWaitSinceUtc = roomWaitSince,
            RoomWaiting = roomWaiting,
        });
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
        return rows.Select(f => new RecordFailure(Enum.Parse<SideKind>(f.Side), f.RecordId, f.Email, f.Code, f.Message, f.CrmId, f.GoogleResourceName, f.Retries)
        {
            Field = f.Field,
            ExpectedType = f.ExpectedType,
            DuplicateRecordId = f.DuplicateRecordId,
            DuplicateOwner = f.DuplicateOwner,
        }).ToList();
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
        await LinkChanges.RemoveAsync(db, planId, changes, cancellationToken);
        await LinkChanges.UpsertAsync(db, planId, changes.UpsertLinks, cancellationToken);
        await SeenChanges.ApplyAsync(db, planId, changes, cancellationToken);
        await FailureChanges.ApplyAsync(db, planId, _runId, _time.GetUtcNow().UtcDateTime, changes, cancellationToken);
        await PendingChanges.ApplyAsync(db, planId, changes, cancellationToken);
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

    private static SyncLink ToLink(SyncLinkEntity e) =>
        new(e.CrmId, e.GoogleResourceName, e.GoogleEtag, e.GoogleState, SnapshotJson.Deserialize(e.SnapshotJson), e.Email, e.Detached);

    private static SeenRecord ToSeen(SeenRecordEntity e, SideKind side) => new(side, e.RecordId, e.Email, e.CrossRef, e.InScope);

    private static DateTimeOffset? ToInstant(DateTime? utc) => utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
