using ContactSync.Client.Models;
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
            Direction = PlanSettingsMapper.ToProto(template.Direction),
            ConflictWinner = PlanSettingsMapper.ToProto(template.ConflictWinner),
            Interval = PlanSettingsMapper.ToInterval(template),
            CrmViewName = template.CrmView ?? "",
            GoogleGroupName = template.GoogleGroup ?? "",
            Deletion = PlanSettingsMapper.ToDeletion(template),
            Caps = PlanSettingsMapper.ToCaps(template),
            Enabled = template.Enabled,
            EnforceOneWay = template.EnforceOneWay,
            CrmGoogleRefField = template.CrmGoogleRefField ?? "",
        };
        proto.FieldMappings.AddRange(template.FieldMap.Select(ProtoMapper.ToProto));
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
