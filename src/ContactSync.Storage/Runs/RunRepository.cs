using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Runs;

/// <summary>Runs, their errors and the plan leases that keep a plan running once at a time across processes.</summary>
internal sealed class RunRepository(IDbContextFactory<ContactSyncDbContext> contexts)
{
    public async Task CreateAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = new SyncRunEntity { Id = run.Id };
        Copy(run, entity);
        db.SyncRuns.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stores progress or the result; returns true when someone asked to cancel the run.</summary>
    public async Task<bool> UpdateAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.SyncRuns.SingleAsync(r => r.Id == run.Id, cancellationToken);
        Copy(run, entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.CancelRequested;
    }

    public async Task<RunRecord?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.SyncRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

    /// <summary>Runs newest first, optionally of one plan or of a set of plans.</summary>
    public async Task<IReadOnlyList<RunRecord>> ListAsync(IReadOnlyCollection<string>? planIds, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.SyncRuns.AsNoTracking();
        if (planIds is not null)
        {
            query = query.Where(r => planIds.Contains(r.PlanId));
        }

        var rows = await query.OrderByDescending(r => r.StartUtc).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    /// <summary>The newest ended run of a plan (dry runs excluded unless asked).</summary>
    public async Task<RunRecord?> LastEndedAsync(string planId, bool successfulOnly, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.SyncRuns.AsNoTracking().Where(r => r.PlanId == planId && r.EndUtc != null && !r.DryRun);
        if (successfulOnly)
        {
            query = query.Where(r => r.Outcome == "Succeeded" || r.Outcome == "PartiallySucceeded");
        }

        var entity = await query.OrderByDescending(r => r.StartUtc).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

    /// <summary>How many ended runs in a row, newest first, failed.</summary>
    public async Task<int> ConsecutiveFailuresAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outcomes = await db.SyncRuns.AsNoTracking()
            .Where(r => r.PlanId == planId && r.EndUtc != null && !r.DryRun)
            .OrderByDescending(r => r.StartUtc).Select(r => r.Outcome).Take(10).ToListAsync(cancellationToken);
        return outcomes.TakeWhile(o => o == "Failed").Count();
    }

    public async Task<RunRecord?> RunningAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.SyncRuns.AsNoTracking().Where(r => r.PlanId == planId && r.EndUtc == null).OrderByDescending(r => r.StartUtc).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

    public async Task<bool> RequestCancelAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SyncRuns.Where(r => r.Id == runId && r.EndUtc == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.CancelRequested, true), cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<RunErrorRecord>> ErrorsOfRunAsync(string runId, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RunErrors.AsNoTracking().Where(e => e.RunId == runId).OrderBy(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return rows.Select(e => new RunErrorRecord(e.RunId, e.Side, e.RecordId, e.Email, e.Code, e.Message, e.Retries, e.FailedUtc)
        {
            Field = e.Field,
            ExpectedType = e.ExpectedType,
            DuplicateRecordId = e.DuplicateRecordId,
            DuplicateOwner = e.DuplicateOwner,
            Note = e.Note,
        }).ToList();
    }

    public async Task<IReadOnlyList<RunErrorRecord>> FailingRecordsAsync(string planId, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RecordFailures.AsNoTracking().Where(f => f.PlanId == planId).OrderBy(f => f.Side).ThenBy(f => f.RecordId).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return rows.Select(f => new RunErrorRecord(f.RunId, f.Side, f.Side == "Crm" ? f.CrmId : f.GoogleResourceName, f.Email, f.Code, f.Message, f.Retries, f.FailedUtc)
        {
            Field = f.Field,
            ExpectedType = f.ExpectedType,
            DuplicateRecordId = f.DuplicateRecordId,
            DuplicateOwner = f.DuplicateOwner,
        }).ToList();
    }

    public async Task<int> CountFailingAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RecordFailures.CountAsync(f => f.PlanId == planId, cancellationToken);
    }

    /// <summary>Takes the plan's lease if it is free or expired (one atomic statement); false when another holder has it.</summary>
    public async Task<bool> TryAcquireLeaseAsync(string planId, string holder, string runId, DateTime nowUtc, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expires = nowUtc + duration;
        var taken = await db.PlanLeases
            .Where(l => l.PlanId == planId && (l.ExpiresUtc < nowUtc || l.Holder == holder && l.RunId == runId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.RunId, runId).SetProperty(l => l.ExpiresUtc, expires), cancellationToken);
        if (taken > 0)
        {
            return true;
        }

        db.PlanLeases.Add(new PlanLeaseEntity { PlanId = planId, Holder = holder, RunId = runId, ExpiresUtc = expires });
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

    public async Task<bool> RenewLeaseAsync(string planId, string holder, string runId, DateTime expiresUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanLeases.Where(l => l.PlanId == planId && l.Holder == holder && l.RunId == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, expiresUtc), cancellationToken) > 0;
    }

    public async Task ReleaseLeaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.PlanLeases.Where(l => l.PlanId == planId && l.Holder == holder && l.RunId == runId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The run holding the plan's lease, when the lease is still valid.</summary>
    public async Task<string?> LeasedRunAsync(string planId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanLeases.AsNoTracking().Where(l => l.PlanId == planId && l.ExpiresUtc >= nowUtc).Select(l => l.RunId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Runs left open by a process that died (no valid lease) are closed as failed and interrupted: their counts are what
    /// the process had saved, so at least that much was written.
    /// </summary>
    public async Task<int> CloseAbandonedAsync(string planId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        const string message = "The server running this run stopped before the run ended. The counts are what it had saved: at least that much was written. " +
            "The next run continues where it left off.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leased = await db.PlanLeases.AsNoTracking().Where(l => l.PlanId == planId && l.ExpiresUtc >= nowUtc).Select(l => l.RunId).ToListAsync(cancellationToken);
        return await db.SyncRuns.Where(r => r.PlanId == planId && r.EndUtc == null && !leased.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EndUtc, nowUtc).SetProperty(r => r.Outcome, "Failed").SetProperty(r => r.Phase, "Done")
                .SetProperty(r => r.Interrupted, true).SetProperty(r => r.Message, message), cancellationToken);
    }

    /// <summary>The plan's lease (expired or not), or <see langword="null"/>.</summary>
    public async Task<(string Holder, string RunId, DateTime ExpiresUtc)?> LeaseAsync(string planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lease = await db.PlanLeases.AsNoTracking().SingleOrDefaultAsync(l => l.PlanId == planId, cancellationToken);
        return lease is null ? null : (lease.Holder, lease.RunId, DateTime.SpecifyKind(lease.ExpiresUtc, DateTimeKind.Utc));
    }

    /// <summary>Every plan lease (expired or not): plan, holder, run.</summary>
    public async Task<IReadOnlyList<(string PlanId, string Holder, string RunId)>> ListLeasesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leases = await db.PlanLeases.AsNoTracking().ToListAsync(cancellationToken);
        return leases.Select(l => (l.PlanId, l.Holder, l.RunId)).ToList();
    }

    /// <summary>Removes the lease of a holder that is known to be dead (only if it still holds it for that run).</summary>
    public async Task<bool> BreakLeaseAsync(string planId, string holder, string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanLeases.Where(l => l.PlanId == planId && l.Holder == holder && l.RunId == runId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static void Copy(RunRecord run, SyncRunEntity e)
    {
        e.PlanId = run.PlanId;
        e.Trigger = run.Trigger;
        e.Full = run.Full;
        e.DryRun = run.DryRun;
        e.StartUtc = run.StartUtc;
        e.EndUtc = run.EndUtc;
        e.Outcome = run.Outcome;
        e.Phase = run.Phase;
        e.Processed = run.Processed;
        e.Total = run.Total;
        e.CrmCreated = run.CrmCreated;
        e.CrmUpdated = run.CrmUpdated;
        e.CrmDeleted = run.CrmDeleted;
        e.CrmFailed = run.CrmFailed;
        e.GoogleCreated = run.GoogleCreated;
        e.GoogleUpdated = run.GoogleUpdated;
        e.GoogleDeleted = run.GoogleDeleted;
        e.GoogleFailed = run.GoogleFailed;
        e.Conflicts = run.Conflicts;
        e.Errors = run.Errors;
        e.Backlog = run.Backlog;
        e.CrmCalls = run.CrmCalls;
        e.GoogleCalls = run.GoogleCalls;
        e.RetriedCalls = run.RetriedCalls;
        e.BackoffMs = run.BackoffMs;
        e.Message = run.Message;
        e.Holder = run.Holder;
        e.Notes = run.Notes;
        e.ConditionsJson = RunConditionsJson.Serialize(run.Conditions);
        e.Interrupted = run.Interrupted;
    }

    private static RunRecord ToRecord(SyncRunEntity e) => new()
    {
        Id = e.Id,
        PlanId = e.PlanId,
        Trigger = e.Trigger,
        Full = e.Full,
        DryRun = e.DryRun,
        StartUtc = DateTime.SpecifyKind(e.StartUtc, DateTimeKind.Utc),
        EndUtc = e.EndUtc is { } end ? DateTime.SpecifyKind(end, DateTimeKind.Utc) : null,
        Outcome = e.Outcome,
        Phase = e.Phase,
        Processed = e.Processed,
        Total = e.Total,
        CrmCreated = e.CrmCreated,
        CrmUpdated = e.CrmUpdated,
        CrmDeleted = e.CrmDeleted,
        CrmFailed = e.CrmFailed,
        GoogleCreated = e.GoogleCreated,
        GoogleUpdated = e.GoogleUpdated,
        GoogleDeleted = e.GoogleDeleted,
        GoogleFailed = e.GoogleFailed,
        Conflicts = e.Conflicts,
        Errors = e.Errors,
        Backlog = e.Backlog,
        CrmCalls = e.CrmCalls,
        GoogleCalls = e.GoogleCalls,
        RetriedCalls = e.RetriedCalls,
        BackoffMs = e.BackoffMs,
        Message = e.Message,
        Holder = e.Holder,
        Notes = e.Notes,
        Conditions = RunConditionsJson.Deserialize(e.ConditionsJson),
        Interrupted = e.Interrupted,
    };
}
