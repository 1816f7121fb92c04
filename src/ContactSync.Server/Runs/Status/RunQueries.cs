using ContactSync.Core.Engine;
using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Server.Access;
using ContactSync.Server.Errors;
using ContactSync.Server.NearRealTime;
using ContactSync.Server.Plans;
using ContactSync.Server.Runs.Launching;
using ContactSync.Server.Runs.Scheduling;
using ContactSync.Storage.Runs;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Runs.Status;

/// <summary>Status, run history and failed records of the plans the caller may see (domain records; the gRPC service maps them).</summary>
internal sealed class RunQueries(
    PlanService plans,
    IRunRepository runs,
    IRunErrorRepository errors,
    ISyncStateStore store,
    ActiveRuns activeRuns,
    NearRealTimeStatusReader nearRealTime,
    TimeProvider time,
    IOptions<RunSettings> settings)
{
    private const int MaxPageSize = 1000;

    public async Task<IReadOnlyList<PlanStatus>> StatusAsync(ApiCaller caller, string planId, CancellationToken cancellationToken)
    {
        var selected = planId.Length > 0 ? [await plans.GetAsync(caller, planId, "", cancellationToken)] : await VisiblePlansAsync(caller, cancellationToken);
        var statuses = new List<PlanStatus>(selected.Count);
        foreach (var plan in selected)
        {
            statuses.Add(await StatusOfAsync(plan, cancellationToken));
        }

        return statuses;
    }

    public async Task<(IReadOnlyList<RunRecord> Runs, string Next)> ListRunsAsync(ApiCaller caller, string planId, int pageSize, string pageToken, CancellationToken cancellationToken)
    {
        var (skip, take) = Page(pageSize, pageToken, 50);
        IReadOnlyCollection<string>? planIds = null;
        if (planId.Length > 0)
        {
            planIds = [(await plans.GetAsync(caller, planId, "", cancellationToken)).Id];
        }
        else if (!caller.IsAdmin)
        {
            planIds = (await VisiblePlansAsync(caller, cancellationToken)).Select(p => p.Id).ToList();
        }

        var page = await runs.ListAsync(planIds, skip, take + 1, cancellationToken);
        var result = page.Take(take)
            .Select(run => activeRuns.FindByRun(run.Id) is { Progress: not null } active && !run.Ended ? active.Snapshot() : run)
            .ToList();

        return (result, page.Count > take ? (skip + take).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    /// <summary>A page of a run's failed records, or of a plan's failing ones, with the Google account of the run (or plan).</summary>
    public async Task<(IReadOnlyList<RunErrorRecord> Errors, string GoogleAccount, string Next)> ListErrorsAsync(
        ApiCaller caller, string runId, string planId, int pageSize, string pageToken, CancellationToken cancellationToken)
    {
        var (skip, take) = Page(pageSize, pageToken, 100);
        IReadOnlyList<RunErrorRecord> page;
        string account;
        if (runId.Length > 0)
        {
            account = (await GetRunAsync(caller, runId, cancellationToken)).GoogleAccount;
            page = await errors.ErrorsOfRunAsync(runId, skip, take + 1, cancellationToken);
        }
        else if (planId.Length > 0)
        {
            var plan = await plans.GetAsync(caller, planId, "", cancellationToken);
            account = plan.Definition.GoogleAccount;
            page = await errors.FailingRecordsAsync(plan.Id, skip, take + 1, cancellationToken);
        }
        else
        {
            throw new ValidationFailedException("run_id", "Give run_id or plan_id.");
        }

        return (page.Take(take).ToList(), account, page.Count > take ? (skip + take).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    /// <summary>A run the caller may see (its plan's access rules apply).</summary>
    public async Task<RunRecord> GetRunAsync(ApiCaller caller, string runId, CancellationToken cancellationToken)
    {
        if (runId.Length == 0)
        {
            throw new ValidationFailedException("run_id", "The run id is required.");
        }

        var run = await runs.GetAsync(runId, cancellationToken) ?? throw new ResourceNotFoundException(
            $"Run '{BoundedText.Echo(runId)}' was not found.", ErrorReasons.RunNotFound, new Dictionary<string, string> { ["run_id"] = runId });
        await plans.GetAsync(caller, run.PlanId, "", cancellationToken);
        return run;
    }

    private async Task<PlanStatus> StatusOfAsync(StoredSyncPlan plan, CancellationToken cancellationToken)
    {
        var last = await runs.LastEndedAsync(plan.Id, successfulOnly: false, cancellationToken);
        var lastSuccess = await runs.LastEndedAsync(plan.Id, successfulOnly: true, cancellationToken);
        var failures = await runs.ConsecutiveFailuresAsync(plan.Id, cancellationToken);
        var paused = last is not null && last.Outcome == nameof(SyncOutcome.PausedByBreaker) && last.StartUtc >= plan.UpdatedUtc;
        return new PlanStatus(plan.Id, plan.Definition.Name)
        {
            GoogleAccount = plan.Definition.GoogleAccount,
            Backlog = (await store.GetCursorAsync(plan.Id, cancellationToken)).Backlog,
            FailingRecords = await errors.CountFailingAsync(plan.Id, cancellationToken),
            LinkedContacts = await store.CountLinksAsync(plan.Id, cancellationToken),
            LastRun = last,
            PausedByBreaker = paused,
            PauseReason = paused ? last!.Message + " Change the plan (for example raise the threshold) to resume." : "",
            LastSuccessUtc = lastSuccess?.EndUtc,

            // A run that ended normally saw the conditions that hold now (a failed or cancelled run may not have).
            Conditions = lastSuccess?.EndUtc is null ? [] : lastSuccess.Conditions,
            CurrentRun = activeRuns.FindByPlan(plan.Id)?.Snapshot() ?? await runs.RunningAsync(plan.Id, cancellationToken),
            CurrentRunEta = activeRuns.FindByPlan(plan.Id)?.EtaAt(time.GetUtcNow()),
            NextRunUtc = RunSchedule.NextRunUtc(plan, await ScheduleBasisAsync(plan, last, cancellationToken), failures, settings.Value.RetryBaseDelay, settings.Value.FirstRunDelay),
            NearRealTime = await nearRealTime.ReadAsync(plan, cancellationToken),
        };
    }

    /// <summary>The run the scheduler counts from, as <see cref="SyncScheduler"/> does: near-real-time runs do not count.</summary>
    private async Task<RunRecord?> ScheduleBasisAsync(StoredSyncPlan plan, RunRecord? last, CancellationToken cancellationToken) =>
        last is null || !plan.Definition.NearRealTime ? last : await runs.LastEndedExceptAsync(plan.Id, nameof(RunTriggerKind.NearRealTime), cancellationToken);

    private async Task<IReadOnlyList<StoredSyncPlan>> VisiblePlansAsync(ApiCaller caller, CancellationToken cancellationToken)
    {
        var all = new List<StoredSyncPlan>();
        var token = "";
        do
        {
            var page = await plans.ListAsync(caller, PlanService.MaxPageSize, token, "", cancellationToken);
            all.AddRange(page.Plans);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }

    private static (int Skip, int Take) Page(int pageSize, string pageToken, int defaultSize)
    {
        var violations = new List<FieldViolation>();
        if (pageSize < 0 || pageSize > MaxPageSize)
        {
            violations.Add(new FieldViolation("page_size", $"The page size is 1 to {MaxPageSize}, or 0 for {defaultSize}."));
        }

        var skip = 0;
        if (pageToken.Length > 0 && (!int.TryParse(pageToken, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            violations.Add(new FieldViolation("page_token", "The page token is not one this server issued."));
        }

        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations);
        }

        return (skip, pageSize == 0 ? defaultSize : pageSize);
    }
}
