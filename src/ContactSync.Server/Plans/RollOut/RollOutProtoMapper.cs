using ContactSync.Server.Runs;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>Maps RollOutPlans between the proto contract and the domain.</summary>
internal static class RollOutProtoMapper
{
    /// <summary>The template a request asks for, with Configure's defaults for absent settings.</summary>
    public static PlanTemplate ToDomain(Proto.PlanTemplate? template)
    {
        template ??= new Proto.PlanTemplate();
        var plan = new Proto.SyncPlan
        {
            Direction = template.Direction,
            ConflictWinner = template.ConflictWinner,
            Interval = template.Interval,
            Deletion = template.Deletion,
            Caps = template.Caps,
            Enabled = template.Enabled,
            EnforceOneWay = template.EnforceOneWay,
            CrmGoogleRefField = template.CrmGoogleRefField,
            NearRealTime = template.NearRealTime,
        };
        plan.FieldMappings.Add(template.FieldMappings);
        return new PlanTemplate(template.Name, PlanProtoMapper.ToDefinition(plan), template.CrmViewName, template.GoogleGroupName);
    }

    /// <summary>One user's result.</summary>
    public static Proto.RollOutResult ToProto(UserRollOut result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var proto = new Proto.RollOutResult
        {
            CrmUserId = result.CrmUserId,
            Outcome = result.Outcome switch
            {
                RollOutOutcome.Created => Proto.RollOutOutcome.Created,
                RollOutOutcome.Updated => Proto.RollOutOutcome.Updated,
                RollOutOutcome.Unchanged => Proto.RollOutOutcome.Unchanged,
                _ => Proto.RollOutOutcome.Failed,
            },
            Reason = result.Reason,
            Message = result.Message,
            GoogleAccount = result.GoogleAccount,
            GoogleGroupCreated = result.GoogleGroupCreated,
        };
        if (result.Plan is { } plan)
        {
            proto.Plan = PlanProtoMapper.ToProto(plan);
        }

        foreach (var (key, value) in result.Metadata)
        {
            proto.Metadata[key] = value;
        }

        proto.Warnings.Add(result.Warnings.Select(RunProtoMapper.ToProto));
        return proto;
    }
}
