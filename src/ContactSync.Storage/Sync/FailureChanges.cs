using ContactSync.Core.State;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Sync;

/// <summary>
/// The failure part of a committed batch: resolved failures removed, new ones recorded (one row per failing record,
/// retries counted on) and, for a run, listed with the run's errors together with the batch's field notes.
/// </summary>
internal static class FailureChanges
{
    public static async Task ApplyAsync(ContactSyncDbContext db, string planId, string runId, DateTime now, StateChanges changes, CancellationToken cancellationToken)
    {
        foreach (var (crmId, googleName) in changes.ResolvedFailures)
        {
            await db.RecordFailures
                .Where(f => f.PlanId == planId && ((crmId != "" && f.CrmId == crmId) || (googleName != "" && f.GoogleResourceName == googleName)))
                .ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var failure in changes.Failures)
        {
            var entity = await TakeOverFailureAsync(db, planId, failure, cancellationToken);
            entity.Email = failure.Email;
            entity.Code = failure.Code;
            entity.Message = failure.Message;
            entity.CrmId = failure.CrmId;
            entity.GoogleResourceName = failure.GoogleResourceName;
            entity.RunId = runId;
            entity.FailedUtc = now;
            entity.Field = Clip(failure.Field, 100);
            entity.ExpectedType = Clip(failure.ExpectedType, 40);
            entity.DuplicateRecordId = Clip(failure.DuplicateRecordId, 120);
            entity.DuplicateOwner = Clip(failure.DuplicateOwner, 200);
            AddRunError(db, planId, runId, failure, entity.Retries, now);
        }

        foreach (var note in changes.Notes)
        {
            AddRunError(db, planId, runId, note, 0, now);
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

    /// <summary>Lists a failure or note with the run's errors, under the id of the record on its side ("" when none exists).</summary>
    private static void AddRunError(ContactSyncDbContext db, string planId, string runId, RecordFailure failure, int retries, DateTime now)
    {
        if (runId.Length == 0)
        {
            return;
        }

        db.RunErrors.Add(new RunErrorEntity
        {
            RunId = runId,
            PlanId = planId,
            Side = failure.Side.ToString(),
            RecordId = failure.ExistingRecordId,
            Email = failure.Email,
            Code = failure.Code,
            Message = failure.Message,
            Retries = retries,
            FailedUtc = now,
            Field = Clip(failure.Field, 100),
            ExpectedType = Clip(failure.ExpectedType, 40),
            DuplicateRecordId = Clip(failure.DuplicateRecordId, 120),
            DuplicateOwner = Clip(failure.DuplicateOwner, 200),
            Note = failure.Note,
        });
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
