using ContactSync.Storage.Persistence;
using ContactSync.Storage.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

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
        var leased = await db.PlanLeases.AsNoTracking().Where(l => l.PlanId == planId && l.ExpiresUtc >= nowUtc).Select(l => l.RunId).ToListAsync(cancellationToken);
        return await db.SyncRuns.Where(r => r.PlanId == planId && r.EndUtc == null && !leased.Contains(r.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EndUtc, nowUtc).SetProperty(r => r.Outcome, "Failed").SetProperty(r => r.Phase, "Done")
                .SetProperty(r => r.Interrupted, true).SetProperty(r => r.Message, message), cancellationToken);
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
