using ContactSync.Core.Plans;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Leasing;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs.Scheduling;

/// <summary>
/// Starts enabled plans at their interval, retries failed runs with back-off and resumes runs of servers that died. Several
/// servers may run it against one database: the plan lease taken by <see cref="RunLauncher"/> makes sure a plan still runs
/// once at a time, and the due check is repeated under that lease so it runs once per interval.
/// </summary>
internal sealed class SyncScheduler(
    IServiceScopeFactory scopes,
    ActiveRuns active,
    RunLauncher launcher,
    PlanLeasing leasing,
    IRunRepository runs,
    TimeProvider time,
    IOptions<RunSettings> settings,
    ILogger<SyncScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.SchedulerEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Value.SchedulerInterval, time);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Starts every due plan once; returns the plans started.</summary>
    internal async Task<IReadOnlyList<string>> TickAsync(CancellationToken cancellationToken)
    {
        var started = new List<string>();
        await using var scope = scopes.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<IPlanRepository>();
        PlanListCursor? cursor = null;
        do
        {
            var page = await plans.ListAsync(null, 200, cursor, cancellationToken);
            foreach (var plan in page.Plans.Where(p => p.Definition.Enabled && p.Definition.Interval is not null))
            {
                if (await StartIfDueAsync(plan, cancellationToken))
                {
                    started.Add(plan.Id);
                }
            }

            cursor = page.Next;
        }
        while (cursor is not null);

        return started;
    }

    private async Task<bool> StartIfDueAsync(StoredSyncPlan plan, CancellationToken cancellationToken)
    {
        if (active.FindByPlan(plan.Id) is not null)
        {
            return false;
        }

        if (await DueAsync(plan, cancellationToken) is not { } failures)
        {
            return false;
        }

        var trigger = failures > 0 ? RunTriggerKind.Retry : RunTriggerKind.Scheduled;
        try
        {
            RunLog.SchedulerStarting(logger, plan.Id, trigger);

            // Asked again under the plan's lease: another replica may have run the plan since the check above (its run
            // ended and its lease was freed before this one was taken), and that run counts for this interval.
            var handle = await launcher.StartOrJoinAsync(
                plan, full: false, dryRun: false, trigger, crmIds: null, cancellationToken, async token => await DueAsync(plan, token) is not null);
            return handle.Local is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RunLog.SchedulerSkipped(logger, plan.Id, ex);
            return false;
        }
    }

    /// <summary>
    /// The plan's consecutive failures when it is due now, or null when it is not. A plan whose run was abandoned (its
    /// server died: the run is open but its lease expired or was broken) is due at once, so a replica resumes it from its
    /// committed state.
    /// </summary>
    private async Task<int?> DueAsync(StoredSyncPlan plan, CancellationToken cancellationToken)
    {
        if (await runs.RunningAsync(plan.Id, cancellationToken) is { DryRun: false } open
            && await leasing.LeasedRunAsync(plan.Id, cancellationToken) != open.Id)
        {
            RunLog.ResumingAbandoned(logger, plan.Id, open.Id, open.Holder);
            return 1;
        }

        var now = time.GetUtcNow().UtcDateTime;
        // Near-real-time runs read only the changed records: the scheduled run still comes one interval after the last other run.
        var last = await runs.LastEndedExceptAsync(plan.Id, nameof(RunTriggerKind.NearRealTime), cancellationToken);
        var failures = await runs.ConsecutiveFailuresAsync(plan.Id, cancellationToken);
        return RunSchedule.NextRunUtc(plan, last, failures, settings.Value.RetryBaseDelay, settings.Value.FirstRunDelay) is { } due && due <= now ? failures : null;
    }
}
