using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace ContactSync.Storage.Runs;

/// <summary>EF Core implementation of <see cref="IRunRepository"/> (provider-neutral statements).</summary>
internal sealed class RunRepository(IDbContextFactory<ContactSyncDbContext> contexts) : IRunRepository
{
    public async Task CreateAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = new SyncRunEntity { Id = run.Id };
        Copy(run, entity);
        db.SyncRuns.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> UpdateAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The usual case is one statement (a run waits for its progress and end to be saved): the row is written unless a
        // cancel was asked for; then it is read and written as below, so the answer is true.
        if (await db.SyncRuns.Where(r => r.Id == run.Id && !r.CancelRequested).ExecuteUpdateAsync(s => SetAll(s, run), cancellationToken) == 1)
        {
            return false;
        }

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

    public async Task<RunRecord?> LastEndedExceptAsync(string planId, string trigger, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = await db.SyncRuns.AsNoTracking().Where(r => r.PlanId == planId && r.EndUtc != null && !r.DryRun && r.Trigger != trigger)
            .OrderByDescending(r => r.StartUtc).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

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

    public async Task<int> CloseAbandonedAsync(string planId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        const string message = "The server running this run stopped before the run ended. The counts are what it had saved: at least that much was written. " +
            "The next run continues where it left off.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement (the valid lease looked up inside it): a run start waits for one round trip here, not two.
        return await db.SyncRuns
            .Where(r => r.PlanId == planId && r.EndUtc == null && !db.PlanLeases.Any(l => l.PlanId == planId && l.RunId == r.Id && l.ExpiresUtc >= nowUtc))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EndUtc, nowUtc).SetProperty(r => r.Outcome, "Failed").SetProperty(r => r.Phase, "Done")
                .SetProperty(r => r.Interrupted, true).SetProperty(r => r.Message, message), cancellationToken);
    }

    /// <summary>Every column <see cref="Copy"/> writes, as the setters of one UPDATE.</summary>
    private static void SetAll(UpdateSettersBuilder<SyncRunEntity> s, RunRecord run)
    {
        s.SetProperty(e => e.PlanId, run.PlanId).SetProperty(e => e.Trigger, run.Trigger).SetProperty(e => e.Full, run.Full)
            .SetProperty(e => e.DryRun, run.DryRun).SetProperty(e => e.StartUtc, run.StartUtc).SetProperty(e => e.EndUtc, run.EndUtc)
            .SetProperty(e => e.Outcome, run.Outcome).SetProperty(e => e.Phase, run.Phase).SetProperty(e => e.Processed, run.Processed)
            .SetProperty(e => e.Total, run.Total).SetProperty(e => e.CrmCreated, run.CrmCreated).SetProperty(e => e.CrmUpdated, run.CrmUpdated)
            .SetProperty(e => e.CrmDeleted, run.CrmDeleted).SetProperty(e => e.CrmFailed, run.CrmFailed)
            .SetProperty(e => e.GoogleCreated, run.GoogleCreated).SetProperty(e => e.GoogleUpdated, run.GoogleUpdated)
            .SetProperty(e => e.GoogleDeleted, run.GoogleDeleted).SetProperty(e => e.GoogleFailed, run.GoogleFailed)
            .SetProperty(e => e.Conflicts, run.Conflicts).SetProperty(e => e.Errors, run.Errors).SetProperty(e => e.Backlog, run.Backlog)
            .SetProperty(e => e.CrmCalls, run.CrmCalls).SetProperty(e => e.GoogleCalls, run.GoogleCalls).SetProperty(e => e.RetriedCalls, run.RetriedCalls)
            .SetProperty(e => e.BackoffMs, run.BackoffMs).SetProperty(e => e.Message, run.Message).SetProperty(e => e.Holder, run.Holder)
            .SetProperty(e => e.Notes, run.Notes).SetProperty(e => e.ConditionsJson, RunConditionsJson.Serialize(run.Conditions))
            .SetProperty(e => e.Interrupted, run.Interrupted).SetProperty(e => e.GoogleAccount, run.GoogleAccount)
            .SetProperty(e => e.PredictedDurationMs, run.PredictedDurationMs);
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
        e.GoogleAccount = run.GoogleAccount;
        e.PredictedDurationMs = run.PredictedDurationMs;
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
        GoogleAccount = e.GoogleAccount,
        PredictedDurationMs = e.PredictedDurationMs,
    };
}
