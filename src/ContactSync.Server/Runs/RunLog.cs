using Microsoft.Extensions.Logging;

namespace ContactSync.Server.Runs;

/// <summary>Log messages of runs and the scheduler (event ids 3000–3099).</summary>
internal static partial class RunLog
{
    [LoggerMessage(EventId = 3000, EventName = "RunStarted", Level = LogLevel.Information,
        Message = "Run {RunId} of plan {PlanId} started ({Trigger}, full: {Full}, dry run: {DryRun})")]
    public static partial void RunStarted(ILogger logger, string runId, string planId, string trigger, bool full, bool dryRun);

    [LoggerMessage(EventId = 3001, EventName = "RunEnded", Level = LogLevel.Information,
        Message = "Run {RunId} of plan {PlanId} ended {Outcome}: {Summary}")]
    public static partial void RunEnded(ILogger logger, string runId, string planId, string outcome, string summary);

    [LoggerMessage(EventId = 3002, EventName = "RunFailed", Level = LogLevel.Error,
        Message = "Run {RunId} of plan {PlanId} failed")]
    public static partial void RunFailed(ILogger logger, string runId, string planId, Exception exception);

    [LoggerMessage(EventId = 3003, EventName = "RunJoined", Level = LogLevel.Debug,
        Message = "A caller joined run {RunId} of plan {PlanId}")]
    public static partial void RunJoined(ILogger logger, string runId, string planId);

    [LoggerMessage(EventId = 3004, EventName = "PlanLeasedElsewhere", Level = LogLevel.Information,
        Message = "Plan {PlanId} is running on another server (run {RunId})")]
    public static partial void PlanLeasedElsewhere(ILogger logger, string planId, string? runId);

    [LoggerMessage(EventId = 3005, EventName = "SchedulerStarting", Level = LogLevel.Information,
        Message = "Scheduler starts plan {PlanId} ({Trigger})")]
    public static partial void SchedulerStarting(ILogger logger, string planId, RunTriggerKind trigger);

    [LoggerMessage(EventId = 3006, EventName = "SchedulerSkipped", Level = LogLevel.Warning,
        Message = "Scheduler could not start plan {PlanId}")]
    public static partial void SchedulerSkipped(ILogger logger, string planId, Exception exception);

    [LoggerMessage(EventId = 3008, EventName = "DeadLeaseBroken", Level = LogLevel.Warning,
        Message = "Plan {PlanId}: broke the lease of run {RunId}, held by {Holder}, a server process of this machine that is no longer running; the run is closed as interrupted")]
    public static partial void DeadLeaseBroken(ILogger logger, string planId, string runId, string holder);

    [LoggerMessage(EventId = 3007, EventName = "ProgressNotSaved", Level = LogLevel.Warning,
        Message = "Progress of run {RunId} could not be saved")]
    public static partial void ProgressNotSaved(ILogger logger, string runId, Exception exception);

    [LoggerMessage(EventId = 3020, EventName = "NoLongerDue", Level = LogLevel.Information,
        Message = "Scheduler skips plan {PlanId}: another server ran it since it was found due")]
    public static partial void NoLongerDue(ILogger logger, string planId);

    [LoggerMessage(EventId = 3021, EventName = "ResumingAbandoned", Level = LogLevel.Warning,
        Message = "Scheduler resumes plan {PlanId}: run {RunId} of {Holder} lost its lease (its server stopped or died)")]
    public static partial void ResumingAbandoned(ILogger logger, string planId, string runId, string holder);

    [LoggerMessage(EventId = 3022, EventName = "RunEndNotSaved", Level = LogLevel.Error,
        Message = "The end of run {RunId} of plan {PlanId} could not be saved (database unreachable); the plan is free again once its lease expires")]
    public static partial void RunEndNotSaved(ILogger logger, string runId, string planId, Exception exception);

    [LoggerMessage(EventId = 3023, EventName = "RunEndRetried", Level = LogLevel.Warning,
        Message = "The end of run {RunId} could not be saved (try {Attempt}); trying again")]
    public static partial void RunEndRetried(ILogger logger, string runId, int attempt, Exception exception);

    [LoggerMessage(EventId = 3009, EventName = "EtaFailed", Level = LogLevel.Warning,
        Message = "The remaining time of run {RunId} could not be predicted; the run goes on")]
    public static partial void EtaFailed(ILogger logger, string runId, Exception exception);
}
