using ContactSync.Core.Engine;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage.Persistence;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs.Progress;

/// <summary>
/// Keeps a running run's record in the database: its progress now and then (other servers stream it from there), the
/// lease renewed on the way, cancel requests of other servers picked up, and the result at the end.
/// </summary>
internal sealed class RunProgressRecorder(IRunRepository runs, PlanLeasing leasing, TimeProvider time, IOptions<RunSettings> settings, ILogger<RunProgressRecorder> logger)
{
    /// <summary>Tries to save a run's end (1 + 2 + … + 5 s apart, about 15 s in all) before the run ends unsaved.</summary>
    private const int EndSaveAttempts = 6;

    private static readonly TimeSpan EndSaveDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Until <paramref name="stop"/>: saves the run's progress after every committed batch (so a killed run's record is at
    /// most a batch behind) and else at the progress interval, renews its lease and cancels it when another server asked.
    /// A storage failure is logged and ends the recording (the run goes on; its result is still saved at the end).
    /// </summary>
    public async Task RecordAsync(ActiveRun run, CancellationToken stop)
    {
        var lastRenewal = time.GetUtcNow();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.WhenAny(Task.Delay(settings.Value.ProgressInterval, time, stop), run.Written);
                stop.ThrowIfCancellationRequested();
                var now = time.GetUtcNow();
                if (now - lastRenewal >= leasing.RenewalInterval)
                {
                    await leasing.RenewAsync(run.PlanId, run.RunId, stop);
                    lastRenewal = now;
                }

                if (run.Progress is not null && await runs.UpdateAsync(WithCalls(run, run.Snapshot()), stop))
                {
                    await run.TryCancelAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RunLog.ProgressNotSaved(logger, run.RunId, ex);
        }
    }

    /// <summary>The run's record at its end: the engine's result when it has one, else its latest progress.</summary>
    public RunRecord Complete(ActiveRun run, string outcome, string message, SyncRunResult? result)
    {
        var record = WithCalls(run, run.Snapshot()) with
        {
            EndUtc = time.GetUtcNow().UtcDateTime,
            Outcome = outcome,
            Phase = "Done",
            Message = message,
            RetriedCalls = run.Api.Retries,
            BackoffMs = run.Api.BackoffMs,
        };
        return result is null ? record : RunRecordCounts.With(record, result.Processed, result.Total, result.Crm, result.Google, result.Conflicts, result.Errors) with
        {
            Backlog = result.Backlog,
            Notes = result.Notes,
            Conditions = result.Conditions,
        };
    }

    /// <summary>
    /// Saves the run's final record (whatever the caller's token says), trying again for a while when the database fails
    /// (PostgreSQL restarting, pooled connections that died with it: the pools are emptied before each new try).
    /// </summary>
    public async Task SaveEndAsync(RunRecord final)
    {
        ArgumentNullException.ThrowIfNull(final);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await runs.UpdateAsync(final, CancellationToken.None);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < EndSaveAttempts)
            {
                RunLog.RunEndRetried(logger, final.Id, attempt, ex);
                ContactSyncDatabase.ReleasePooledConnections();
                await Task.Delay(EndSaveDelay * attempt, time);
            }
        }
    }

    private static RunRecord WithCalls(ActiveRun run, RunRecord record) =>
        record with { CrmCalls = run.Api.CrmCalls, GoogleCalls = run.Api.GoogleCalls };
}
