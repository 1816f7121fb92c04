using ContactSync.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ContactSync.Storage.Runs;

/// <summary>EF Core implementation of <see cref="IRunErrorRepository"/>.</summary>
internal sealed class RunErrorRepository(IDbContextFactory<ContactSyncDbContext> contexts) : IRunErrorRepository
{
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
}
