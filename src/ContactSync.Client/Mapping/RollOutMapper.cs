using ContactSync.Client.Models;
using Google.Protobuf.WellKnownTypes;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client.Mapping;

/// <summary>Maps CRM users and roll-outs between the generated messages and the facade's records.</summary>
internal static class RollOutMapper
{
    public static CrmUserInfo ToInfo(V1.CrmUser user) => new()
    {
        CrmUserId = user.Id,
        Name = user.Name,
        Email = user.Email,
        Role = user.Role,
        RoleId = user.RoleId,
        Profile = user.Profile,
        ProfileId = user.ProfileId,
        Status = user.Status,
    };

    public static V1.PlanTemplate ToProto(PlanTemplateInfo template)
    {
        var proto = new V1.PlanTemplate
        {
            Name = template.Name ?? "",
            Direction = template.Direction is { } d ? (V1.SyncDirection)(int)d : V1.SyncDirection.Unspecified,
            ConflictWinner = template.ConflictWinner is { } w ? (V1.ConflictWinner)(int)w : V1.ConflictWinner.Unspecified,
            CrmViewName = template.CrmView ?? "",
            GoogleGroupName = template.GoogleGroup ?? "",
            Enabled = template.Enabled,
            EnforceOneWay = template.EnforceOneWay,
            CrmGoogleRefField = template.CrmGoogleRefField ?? "",
            NearRealTime = template.NearRealTime,
        };
        if (template.Frequency is { } frequency && frequency > TimeSpan.Zero)
        {
            proto.Interval = Duration.FromTimeSpan(frequency);
        }

        proto.FieldMappings.AddRange(template.FieldMap.Select(ProtoMapper.ToProto));
        if (template.DeletePolicy is not null || template.MassDeleteThreshold is not null)
        {
            proto.Deletion = new V1.DeletionSettings
            {
                Policy = (V1.DeletionPolicy)(int)(template.DeletePolicy ?? DeletePolicy.Keep),
                MassDeleteThreshold = template.MassDeleteThreshold ?? ProtoMapper.DefaultMassDeleteThreshold,
            };
        }

        if (template.InitialCap is not null || template.IncrementalCap is not null)
        {
            proto.Caps = new V1.RunCaps
            {
                FirstRun = template.InitialCap ?? ProtoMapper.DefaultInitialCap,
                LaterRuns = template.IncrementalCap ?? ProtoMapper.DefaultIncrementalCap,
            };
        }

        return proto;
    }

    public static RollOutResultInfo ToInfo(V1.RollOutResult result) => new()
    {
        CrmUser = result.CrmUserId,
        Outcome = (RollOutOutcome)(int)result.Outcome,
        Plan = result.Plan is null ? null : ProtoMapper.ToInfo(result.Plan),
        GoogleAccount = result.GoogleAccount,
        GoogleGroupCreated = result.GoogleGroupCreated,
        Reason = result.Reason,
        Message = result.Message,
        Details = result.Metadata.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        Warnings = result.Warnings.Select(ProtoMapper.ToInfo).ToArray(),
    };
}
