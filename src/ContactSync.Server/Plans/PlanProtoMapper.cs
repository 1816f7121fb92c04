using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;
using Google.Protobuf.WellKnownTypes;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Plans;

/// <summary>Maps plans between the proto contract and the Core domain.</summary>
internal static class PlanProtoMapper
{
    /// <summary>Longest duration representable as a <see cref="TimeSpan"/> without overflow, in seconds.</summary>
    private const long MaxSeconds = 900_000_000_000;

    /// <summary>The definition a Configure request asks for, with Configure's defaults for absent settings.</summary>
    public static SyncPlanDefinition ToDefinition(Proto.SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new SyncPlanDefinition(
            plan.Name,
            plan.CrmUserId,
            (SyncDirection)(int)plan.Direction,
            (ConflictWinner)(int)plan.ConflictWinner,
            ToTimeSpan(plan.Interval),
            plan.CrmViewId,
            plan.GoogleGroup,
            plan.FieldMappings.Select(ToDomain).ToList(),
            plan.Deletion is null || plan.Deletion.Policy == Proto.DeletionPolicy.Unspecified
                ? DeletionPolicy.Keep
                : (DeletionPolicy)((int)plan.Deletion.Policy - 1),
            plan.Deletion?.MassDeleteThreshold ?? SyncPlanDefinition.DefaultMassDeleteThreshold,
            plan.Caps?.FirstRun ?? SyncPlanDefinition.DefaultFirstRunCap,
            plan.Caps?.LaterRuns ?? SyncPlanDefinition.DefaultLaterRunsCap,
            plan.Enabled,
            plan.EnforceOneWay,
            plan.CrmGoogleRefField)
        {
            NearRealTime = plan.NearRealTime,
            GoogleAccount = plan.GoogleAccount,
        };
    }

    /// <summary>The proto form of a stored plan.</summary>
    public static Proto.SyncPlan ToProto(StoredSyncPlan stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var d = stored.Definition;
        var plan = new Proto.SyncPlan
        {
            Id = stored.Id,
            Version = stored.Version,
            Name = d.Name,
            CrmUserId = d.CrmUserId,
            Direction = (Proto.SyncDirection)(int)d.Direction,
            ConflictWinner = (Proto.ConflictWinner)(int)d.ConflictWinner,
            CrmViewId = d.CrmViewId,
            GoogleGroup = d.GoogleGroup,
            Deletion = new Proto.DeletionSettings
            {
                Policy = (Proto.DeletionPolicy)((int)d.DeletionPolicy + 1),
                MassDeleteThreshold = d.MassDeleteThreshold,
            },
            Caps = new Proto.RunCaps { FirstRun = d.FirstRunCap, LaterRuns = d.LaterRunsCap },
            Enabled = d.Enabled,
            EnforceOneWay = d.EnforceOneWay,
            CrmGoogleRefField = d.CrmGoogleRefField,
            GoogleGroupAssigned = stored.GoogleGroupAssigned,
            NearRealTime = d.NearRealTime,
            GoogleAccount = d.GoogleAccount,
            GoogleAccountAssigned = stored.GoogleAccountAssigned,
            CreateTime = Timestamp.FromDateTime(DateTime.SpecifyKind(stored.CreatedUtc, DateTimeKind.Utc)),
            UpdateTime = Timestamp.FromDateTime(DateTime.SpecifyKind(stored.UpdatedUtc, DateTimeKind.Utc)),
        };
        if (d.Interval is { } interval)
        {
            plan.Interval = Duration.FromTimeSpan(interval);
        }

        plan.FieldMappings.Add(d.FieldMappings.Select(ToProto));
        return plan;
    }

    /// <summary>The proto form of a mapping.</summary>
    public static Proto.FieldMapping ToProto(FieldMapping mapping) => new()
    {
        CrmField = mapping.CrmField,
        GoogleField = mapping.GoogleField,
        Direction = (Proto.MappingDirection)((int)mapping.Direction + 1),
    };

    private static FieldMapping ToDomain(Proto.FieldMapping mapping)
    {
        var direction = mapping.Direction == Proto.MappingDirection.Unspecified
            ? DefaultFieldMap.CrmReadOnlyFields.Contains(mapping.CrmField.Trim()) ? MappingDirection.CrmToGoogle : MappingDirection.Both
            : (MappingDirection)((int)mapping.Direction - 1);
        return new FieldMapping(mapping.CrmField, mapping.GoogleField, direction);
    }

    private static TimeSpan? ToTimeSpan(Duration? duration)
    {
        if (duration is null)
        {
            return null;
        }

        var seconds = Math.Clamp(duration.Seconds, -MaxSeconds, MaxSeconds);
        var ticks = (seconds * TimeSpan.TicksPerSecond) + (duration.Nanos / 100);

        // A duration of a few nanoseconds is not "manual": keep it non-zero so that validation refuses it.
        return ticks == 0 && (duration.Seconds != 0 || duration.Nanos != 0) ? TimeSpan.FromTicks(duration.Nanos < 0 ? -1 : 1) : TimeSpan.FromTicks(ticks);
    }
}
