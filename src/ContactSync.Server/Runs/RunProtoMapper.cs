using ContactSync.Core.Engine;
using ContactSync.Core.State;
using ContactSync.Server.Runs.Events;
using ContactSync.Server.Runs.Status;
using ContactSync.Storage.Runs;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Runs;

/// <summary>Maps runs, progress and planned changes to the contract.</summary>
internal static class RunProtoMapper
{
    public static Proto.SyncRun ToProto(RunRecord run)
    {
        var proto = new Proto.SyncRun
        {
            Id = run.Id,
            PlanId = run.PlanId,
            Trigger = System.Enum.Parse<RunTriggerKind>(run.Trigger) switch
            {
                RunTriggerKind.Scheduled => Proto.RunTrigger.Scheduled,
                RunTriggerKind.Retry => Proto.RunTrigger.Retry,
                RunTriggerKind.NearRealTime => Proto.RunTrigger.NearRealTime,
                _ => Proto.RunTrigger.Manual,
            },
            Mode = run.Full ? Proto.RunMode.Full : Proto.RunMode.Incremental,
            DryRun = run.DryRun,
            StartTime = Timestamp.FromDateTime(run.StartUtc),
            Outcome = ToOutcome(run.Outcome),
            Crm = CrmCounts(run),
            Google = GoogleCounts(run),
            Conflicts = run.Conflicts,
            Errors = run.Errors,
            Backlog = run.Backlog,
            ApiUsage = new Proto.ApiUsage { CrmCalls = run.CrmCalls, GoogleCalls = run.GoogleCalls, RetriedCalls = run.RetriedCalls, BackoffMs = run.BackoffMs },
            Message = run.Message,
            Phase = run.Ended ? Proto.RunPhase.Done : ToPhase(run.Phase),
            Processed = run.Processed,
            Total = run.Total,
            Interrupted = run.Interrupted,
            GoogleAccount = run.GoogleAccount,
        };
        if (run.EndUtc is { } end)
        {
            proto.EndTime = Timestamp.FromDateTime(end);
        }

        if (run.PredictedDurationMs is { } predicted)
        {
            proto.PredictedDuration = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(predicted));
        }

        proto.Notes = run.Notes;
        proto.Conditions.Add(run.Conditions.Select(ToProto));
        return proto;
    }

    public static Proto.PlanCondition ToProto(PlanCondition condition) =>
        new() { Code = condition.Code, Message = condition.Message, Waiting = condition.Waiting };

    public static Proto.RunOutcome ToOutcome(string outcome) => outcome switch
    {
        nameof(SyncOutcome.Succeeded) => Proto.RunOutcome.Succeeded,
        nameof(SyncOutcome.PartiallySucceeded) => Proto.RunOutcome.PartiallySucceeded,
        nameof(SyncOutcome.PausedByBreaker) => Proto.RunOutcome.PausedByBreaker,
        RunOutcomes.Failed => Proto.RunOutcome.Failed,
        RunOutcomes.Cancelled => Proto.RunOutcome.Cancelled,
        _ => Proto.RunOutcome.Unspecified,
    };

    public static Proto.RunPhase ToPhase(string phase) => phase switch
    {
        nameof(EnginePhase.ReadingGoogle) => Proto.RunPhase.ReadingGoogle,
        nameof(EnginePhase.ReadingCrm) => Proto.RunPhase.ReadingCrm,
        nameof(EnginePhase.Planning) => Proto.RunPhase.Planning,
        nameof(EnginePhase.WritingGoogle) => Proto.RunPhase.WritingGoogle,
        nameof(EnginePhase.WritingCrm) => Proto.RunPhase.WritingCrm,
        nameof(EnginePhase.Finishing) => Proto.RunPhase.Finishing,
        _ => Proto.RunPhase.Queued,
    };

    /// <summary>An event of a run's stream.</summary>
    public static Proto.RunEvent ToProto(RunEvent item) => item switch
    {
        RunProgressEvent progress => new Proto.RunEvent { RunId = progress.RunId, Progress = ToProto(progress.Progress, progress.Time, progress.Eta) },
        RunResultEvent result => ToResultEvent(result.Run, result.PlannedChanges),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown run event."),
    };

    /// <summary>A plan's status.</summary>
    public static Proto.PlanStatus ToProto(PlanStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var proto = new Proto.PlanStatus
        {
            PlanId = status.PlanId,
            PlanName = status.PlanName,
            Backlog = status.Backlog,
            FailingRecords = status.FailingRecords,
            LinkedContacts = status.LinkedContacts,
            PausedByBreaker = status.PausedByBreaker,
            PauseReason = status.PauseReason,
            GoogleAccount = status.GoogleAccount,
        };
        if (status.LastRun is { } last)
        {
            proto.LastRun = ToProto(last);
        }

        if (status.LastSuccessUtc is { } success)
        {
            proto.LastSuccessTime = Timestamp.FromDateTime(success);
        }

        proto.Conditions.Add(status.Conditions.Select(ToProto));
        if (status.NearRealTime is { } nearRealTime)
        {
            proto.NearRealTime = ToProto(nearRealTime);
        }

        if (status.CurrentRun is { } current)
        {
            proto.CurrentRun = ToProto(current);
        }

        if (status.CurrentRunEta is { } eta)
        {
            proto.CurrentRunEta = Duration.FromTimeSpan(TimeSpan.FromSeconds(Math.Ceiling(eta.TotalSeconds)));
        }

        if (status.NextRunUtc is { } next)
        {
            proto.NextRunTime = Timestamp.FromDateTime(next);
        }

        return proto;
    }

    private static Proto.RunProgress ToProto(RunProgressState progress, DateTimeOffset time, TimeSpan? eta)
    {
        var proto = ToProto(progress, time);
        if (eta is { } left)
        {
            proto.Eta = Duration.FromTimeSpan(TimeSpan.FromSeconds(Math.Ceiling(left.TotalSeconds)));
            proto.FinishTime = Timestamp.FromDateTimeOffset(time + left);
        }

        return proto;
    }

    private static Proto.RunProgress ToProto(RunProgressState progress, DateTimeOffset time) => new()
    {
        Phase = ToPhase(progress.Phase),
        Processed = progress.Processed,
        Total = progress.Total,
        Crm = ToProto(progress.Crm),
        Google = ToProto(progress.Google),
        Conflicts = progress.Conflicts,
        Errors = progress.Errors,
        Message = progress.Message,
        Time = Timestamp.FromDateTimeOffset(time),
    };

    private static Proto.SideCounts ToProto(RunCounts counts) =>
        new() { Created = counts.Created, Updated = counts.Updated, Deleted = counts.Deleted, Failed = counts.Failed };

    private static Proto.RunEvent ToResultEvent(RunRecord run, IReadOnlyList<PlannedChange> planned)
    {
        var result = new Proto.RunResult { Run = ToProto(run) };
        result.PlannedChanges.Add(planned.Select(ToProto));
        return new Proto.RunEvent { RunId = run.Id, Result = result };
    }

    /// <remarks>
    /// The duplicate's owner is shown as Zoho named it. Which errors (and owners) a user-bound caller may see is decided
    /// by the plan's access rules today; filtering error details by the caller's CRM visibility is left to issue 11.
    /// </remarks>
    public static Proto.RecordError ToProto(RunErrorRecord error, string googleAccount) => new()
    {
        GoogleAccount = googleAccount,
        RunId = error.RunId,
        Side = error.Side == nameof(SideKind.Crm) ? Proto.Side.Crm : Proto.Side.Google,
        RecordId = error.RecordId,
        Email = error.Email,
        Code = error.Code,
        Message = error.Message,
        Retries = error.Retries,
        Time = Timestamp.FromDateTime(DateTime.SpecifyKind(error.FailedUtc, DateTimeKind.Utc)),
        Field = error.Field,
        ExpectedType = error.ExpectedType,
        DuplicateRecordId = error.DuplicateRecordId,
        DuplicateOwner = error.DuplicateOwner,
        Note = error.Note,
    };

    private static Proto.PlannedChange ToProto(PlannedChange change)
    {
        var proto = new Proto.PlannedChange
        {
            Action = change.Action switch
            {
                PlannedAction.Create => Proto.ChangeAction.Create,
                PlannedAction.Update => Proto.ChangeAction.Update,
                PlannedAction.Delete => Proto.ChangeAction.Delete,
                PlannedAction.Quarantine => Proto.ChangeAction.Quarantine,
                PlannedAction.Link => Proto.ChangeAction.Link,
                PlannedAction.Unlink => Proto.ChangeAction.Unlink,
                PlannedAction.AddToGroup => Proto.ChangeAction.AddToGroup,
                _ => Proto.ChangeAction.Skip,
            },
            Target = change.Target == SideKind.Crm ? Proto.Side.Crm : Proto.Side.Google,
            CrmId = change.CrmId,
            GoogleResourceName = change.GoogleResourceName,
            Email = change.Email,
            DisplayName = change.DisplayName,
            Reason = change.Reason,
        };
        proto.Fields.Add(change.Fields.Select(f => new Proto.FieldChange
        {
            CrmField = f.CrmField,
            GoogleField = f.GooglePath,
            OldValue = f.OldValue,
            NewValue = f.NewValue,
            Conflict = f.Conflict,
        }));
        return proto;
    }

    private static Proto.SideCounts CrmCounts(RunRecord run) =>
        new() { Created = run.CrmCreated, Updated = run.CrmUpdated, Deleted = run.CrmDeleted, Failed = run.CrmFailed };

    private static Proto.SideCounts GoogleCounts(RunRecord run) =>
        new() { Created = run.GoogleCreated, Updated = run.GoogleUpdated, Deleted = run.GoogleDeleted, Failed = run.GoogleFailed };

    private static Proto.NearRealTimeStatus ToProto(NearRealTime.NearRealTimeStatus status)
    {
        var proto = new Proto.NearRealTimeStatus { ChannelState = status.ChannelState, LastError = status.LastError, PendingChanges = status.PendingChanges };
        proto.ChannelExpireTime = status.ChannelExpiresUtc is { } expires ? Timestamp.FromDateTime(DateTime.SpecifyKind(expires, DateTimeKind.Utc)) : null;
        proto.LastNotificationTime = status.LastNotificationUtc is { } n ? Timestamp.FromDateTime(DateTime.SpecifyKind(n, DateTimeKind.Utc)) : null;
        proto.LastGooglePollTime = status.LastGooglePollUtc is { } p ? Timestamp.FromDateTime(DateTime.SpecifyKind(p, DateTimeKind.Utc)) : null;
        proto.GooglePollInterval = status.GooglePollInterval is { } i ? Duration.FromTimeSpan(i) : null;
        return proto;
    }
}
