using ContactSync.Client.Models;
using Google.Protobuf.WellKnownTypes;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client.Mapping;

/// <summary>Maps generated protobuf messages to and from the plain records of the facade.</summary>
/// <remarks>The facade enums share the numeric values of the proto enums; 0 (UNSPECIFIED) maps to null or to the "unknown" member.</remarks>
internal static class ProtoMapper
{
    public static SyncPlanInfo ToInfo(V1.SyncPlan plan) => new()
    {
        Id = plan.Id,
        Version = plan.Version,
        Name = plan.Name,
        CrmUser = plan.CrmUserId,
        Direction = plan.Direction == V1.SyncDirection.Unspecified ? null : (SyncDirection)(int)plan.Direction,
        ConflictWinner = plan.ConflictWinner == V1.ConflictWinner.Unspecified ? null : (ConflictWinner)(int)plan.ConflictWinner,
        Frequency = plan.Interval is null || plan.Interval.ToTimeSpan() == TimeSpan.Zero ? null : plan.Interval.ToTimeSpan(),
        CrmView = plan.CrmViewId,
        GoogleGroup = plan.GoogleGroup,
        FieldMap = plan.FieldMappings.Select(ToInfo).ToArray(),
        DeletePolicy = plan.Deletion is null || plan.Deletion.Policy == V1.DeletionPolicy.Unspecified
            ? null
            : (DeletePolicy)(int)plan.Deletion.Policy,
        MassDeleteThreshold = plan.Deletion?.MassDeleteThreshold,
        InitialCap = plan.Caps?.FirstRun,
        IncrementalCap = plan.Caps?.LaterRuns,
        Enabled = plan.Enabled,
        EnforceOneWay = plan.EnforceOneWay,
        CrmGoogleRefField = plan.CrmGoogleRefField,
        NearRealTime = plan.NearRealTime,
        GoogleAccount = plan.GoogleAccount,
        GoogleAccountAssigned = plan.GoogleAccountAssigned,
        Created = plan.CreateTime?.ToDateTimeOffset(),
        Updated = plan.UpdateTime?.ToDateTimeOffset(),
    };

    public static V1.SyncPlan ToProto(SyncPlanInfo plan)
    {
        var proto = new V1.SyncPlan
        {
            Id = plan.Id ?? "",
            Version = plan.Version,
            Name = plan.Name ?? "",
            CrmUserId = plan.CrmUser ?? "",
            Direction = PlanSettingsMapper.ToProto(plan.Direction),
            ConflictWinner = PlanSettingsMapper.ToProto(plan.ConflictWinner),
            Interval = PlanSettingsMapper.ToInterval(plan),
            CrmViewId = plan.CrmView ?? "",
            GoogleGroup = plan.GoogleGroup ?? "",
            Deletion = PlanSettingsMapper.ToDeletion(plan),
            Caps = PlanSettingsMapper.ToCaps(plan),
            Enabled = plan.Enabled,
            EnforceOneWay = plan.EnforceOneWay,
            CrmGoogleRefField = plan.CrmGoogleRefField ?? "",
            NearRealTime = plan.NearRealTime,
            GoogleAccount = plan.GoogleAccount ?? "",
        };
        proto.FieldMappings.AddRange(plan.FieldMap.Select(ToProto));
        return proto;
    }

    public static FieldMapInfo ToInfo(V1.FieldMapping mapping) => new()
    {
        CrmField = mapping.CrmField,
        GoogleField = mapping.GoogleField,
        Direction = mapping.Direction == V1.MappingDirection.Unspecified ? null : (MappingDirection)(int)mapping.Direction,
    };

    public static V1.FieldMapping ToProto(FieldMapInfo mapping) => new()
    {
        CrmField = mapping.CrmField ?? "",
        GoogleField = mapping.GoogleField ?? "",
        Direction = mapping.Direction is { } d ? (V1.MappingDirection)(int)d : V1.MappingDirection.Unspecified,
    };

    public static SideCountsInfo ToInfo(V1.SideCounts? counts) => counts is null
        ? new SideCountsInfo()
        : new SideCountsInfo { Created = counts.Created, Updated = counts.Updated, Deleted = counts.Deleted, Failed = counts.Failed };

    public static SyncRunInfo ToInfo(V1.SyncRun run, IEnumerable<V1.PlannedChange>? plannedChanges = null) => new()
    {
        Id = run.Id,
        PlanId = run.PlanId,
        Trigger = (RunTrigger)(int)run.Trigger,
        Mode = run.Mode == V1.RunMode.Full ? RunMode.Full : RunMode.Incremental,
        DryRun = run.DryRun,
        StartTime = run.StartTime?.ToDateTimeOffset(),
        EndTime = run.EndTime?.ToDateTimeOffset(),
        Outcome = (RunOutcome)(int)run.Outcome,
        Phase = (RunPhase)(int)run.Phase,
        Crm = ToInfo(run.Crm),
        Google = ToInfo(run.Google),
        Conflicts = run.Conflicts,
        Errors = run.Errors,
        Backlog = run.Backlog,
        Processed = run.Processed,
        Total = run.Total,
        ApiUsage = run.ApiUsage is null
            ? new ApiUsageInfo()
            : new ApiUsageInfo
            {
                CrmCalls = run.ApiUsage.CrmCalls,
                GoogleCalls = run.ApiUsage.GoogleCalls,
                RetriedCalls = run.ApiUsage.RetriedCalls,
                Backoff = TimeSpan.FromMilliseconds(run.ApiUsage.BackoffMs),
            },
        Message = run.Message,
        Conditions = run.Conditions.Select(ToInfo).ToArray(),
        Notes = run.Notes,
        GoogleAccount = run.GoogleAccount,
        PredictedDuration = run.PredictedDuration?.ToTimeSpan(),
        PlannedChanges = plannedChanges?.Select(ToInfo).ToArray() ?? Array.Empty<PlannedChangeInfo>(),
    };

    public static PlannedChangeInfo ToInfo(V1.PlannedChange change) => new()
    {
        Action = (ChangeAction)(int)change.Action,
        Target = (SyncSide)(int)change.Target,
        CrmId = change.CrmId,
        GoogleResourceName = change.GoogleResourceName,
        Email = change.Email,
        DisplayName = change.DisplayName,
        Fields = change.Fields.Select(f => new FieldChangeInfo
        {
            CrmField = f.CrmField,
            GoogleField = f.GoogleField,
            OldValue = f.OldValue,
            NewValue = f.NewValue,
            Conflict = f.Conflict,
        }).ToArray(),
        Reason = change.Reason,
    };

    public static RunProgressInfo ToInfo(string runId, V1.RunProgress progress) => new()
    {
        RunId = runId,
        Phase = (RunPhase)(int)progress.Phase,
        Processed = progress.Processed,
        Total = progress.Total,
        Crm = ToInfo(progress.Crm),
        Google = ToInfo(progress.Google),
        Conflicts = progress.Conflicts,
        Errors = progress.Errors,
        Message = progress.Message,
        Time = progress.Time?.ToDateTimeOffset(),
        Eta = progress.Eta?.ToTimeSpan(),
        FinishTime = progress.FinishTime?.ToDateTimeOffset(),
    };

    public static RunEventInfo ToInfo(V1.RunEvent runEvent) => runEvent.EventCase switch
    {
        V1.RunEvent.EventOneofCase.Result => new RunEventInfo
        {
            RunId = runEvent.RunId,
            Result = ToInfo(runEvent.Result.Run ?? new V1.SyncRun { Id = runEvent.RunId }, runEvent.Result.PlannedChanges),
        },
        V1.RunEvent.EventOneofCase.Progress => new RunEventInfo { RunId = runEvent.RunId, Progress = ToInfo(runEvent.RunId, runEvent.Progress) },
        _ => new RunEventInfo { RunId = runEvent.RunId, Progress = new RunProgressInfo { RunId = runEvent.RunId } },
    };

    public static RunErrorInfo ToInfo(V1.RecordError error) => new()
    {
        RunId = error.RunId,
        Side = (SyncSide)(int)error.Side,
        RecordId = error.RecordId,
        Email = error.Email,
        Code = error.Code,
        Message = error.Message,
        Retries = error.Retries,
        Time = error.Time?.ToDateTimeOffset(),
        Field = error.Field,
        ExpectedType = error.ExpectedType,
        DuplicateRecordId = error.DuplicateRecordId,
        DuplicateOwner = error.DuplicateOwner,
        Note = error.Note,
        GoogleAccount = error.GoogleAccount,
    };

    public static PlanConditionInfo ToInfo(V1.PlanCondition condition) => new()
    {
        Code = condition.Code,
        Message = condition.Message,
        Waiting = condition.Waiting,
    };

    public static PlanStatusInfo ToInfo(V1.PlanStatus status) => new()
    {
        PlanId = status.PlanId,
        PlanName = status.PlanName,
        GoogleAccount = status.GoogleAccount,
        LastRun = status.LastRun is null ? null : ToInfo(status.LastRun),
        CurrentRun = status.CurrentRun is null ? null : ToInfo(status.CurrentRun),
        NextRunTime = status.NextRunTime?.ToDateTimeOffset(),
        PausedByBreaker = status.PausedByBreaker,
        PauseReason = status.PauseReason,
        Backlog = status.Backlog,
        FailingRecords = status.FailingRecords,
        LinkedContacts = status.LinkedContacts,
        LastSuccessTime = status.LastSuccessTime?.ToDateTimeOffset(),
        Conditions = status.Conditions.Select(ToInfo).ToArray(),
        NearRealTime = status.NearRealTime is null ? null : ToInfo(status.NearRealTime),
    };

    public static NearRealTimeInfo ToInfo(V1.NearRealTimeStatus status) => new()
    {
        ChannelState = status.ChannelState,
        ChannelExpires = status.ChannelExpireTime?.ToDateTimeOffset(),
        LastNotification = status.LastNotificationTime?.ToDateTimeOffset(),
        LastGooglePoll = status.LastGooglePollTime?.ToDateTimeOffset(),
        GooglePollInterval = status.GooglePollInterval?.ToTimeSpan(),
        LastError = status.LastError,
        PendingChanges = status.PendingChanges,
    };

    public static CrmViewInfo ToInfo(V1.CrmView view) => new()
    {
        Id = view.Id,
        Name = view.Name,
        SystemName = view.SystemName,
        IsDefault = view.IsDefault,
    };

    public static GoogleGroupInfo ToInfo(V1.GoogleGroup group) => new()
    {
        ResourceName = group.ResourceName,
        Name = group.Name,
        GroupType = group.GroupType,
        MemberCount = group.MemberCount,
    };

    public static FieldCatalogInfo ToInfo(V1.FieldCatalog? catalog) => catalog is null
        ? new FieldCatalogInfo()
        : new FieldCatalogInfo
        {
            CrmFields = catalog.CrmFields.Select(f => new CrmFieldInfo
            {
                ApiName = f.ApiName,
                Label = f.Label,
                DataType = f.DataType,
                Custom = f.Custom,
                ReadOnly = f.ReadOnly,
                MaxLength = f.MaxLength,
                Mandatory = f.Mandatory,
            }).ToArray(),
            GoogleFields = catalog.GoogleFields.Select(f => new GoogleFieldInfo
            {
                Path = f.Path,
                Description = f.Description,
                Singleton = f.Singleton,
                Pattern = f.Pattern,
            }).ToArray(),
            DefaultMappings = catalog.DefaultMappings.Select(ToInfo).ToArray(),
        };

    public static ApiKeyInfo ToInfo(V1.ApiKey key) => new()
    {
        Id = key.Id,
        Name = key.Name,
        Role = (ApiKeyRole)(int)key.Role,
        CrmUser = key.CrmUserId,
        Created = key.CreateTime?.ToDateTimeOffset(),
        Revoked = key.RevokeTime?.ToDateTimeOffset(),
    };

    public static ConnectionInfoRecord ToInfo(V1.ConnectionInfo info) => new()
    {
        Kind = (ConnectionKind)(int)info.Kind,
        Configured = info.Configured,
        DataCenter = info.DataCenter,
        ApiUrl = info.ApiUrl,
        TokenUrl = info.TokenUrl,
        ClientId = info.ClientId,
        ImpersonatedUser = info.ImpersonatedUser,
        ServiceAccountEmail = info.ServiceAccountEmail,
        CredentialType = info.CredentialType,
        Accounts = info.Accounts.ToArray(),
        Updated = info.UpdateTime?.ToDateTimeOffset(),
    };

    public static V1.ZohoConnection ToProto(ZohoConnectionSettings settings) => new()
    {
        DataCenter = settings.DataCenter ?? "",
        AccountsUrl = settings.AccountsUrl ?? "",
        ApiUrl = settings.ApiUrl ?? "",
        ClientId = settings.ClientId ?? "",
        ClientSecret = settings.ClientSecret ?? "",
        RefreshToken = settings.RefreshToken ?? "",
    };

    public static V1.GoogleConnection ToProto(GoogleConnectionSettings settings)
    {
        var proto = new V1.GoogleConnection
        {
            ImpersonatedUser = settings.ImpersonatedUser ?? "",
            ClientId = settings.ClientId ?? "",
            ClientSecret = settings.ClientSecret ?? "",
            TokenUrl = settings.TokenUrl ?? "",
            ApiUrl = settings.ApiUrl ?? "",
            Account = settings.Account ?? "",
        };
        if (!string.IsNullOrEmpty(settings.ServiceAccountJson))
        {
            proto.ServiceAccountJson = settings.ServiceAccountJson;
        }
        else if (!string.IsNullOrEmpty(settings.RefreshToken))
        {
            proto.RefreshToken = settings.RefreshToken;
        }

        return proto;
    }
}
