using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

public sealed partial class SetContactSyncConfigCommand
{
    private SyncPlanInfo Merge(SyncPlanInfo plan)
    {
        bool Bound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
        return plan with
        {
            Name = PlanName,
            Direction = Bound(nameof(Direction)) ? Direction : plan.Direction,
            ConflictWinner = Bound(nameof(ConflictWinner)) ? ConflictWinner : plan.ConflictWinner,
            Frequency = Bound(nameof(Frequency)) ? Frequency : plan.Frequency,
            CrmView = Bound(nameof(CrmView)) ? CrmView ?? "" : plan.CrmView,
            GoogleGroup = Bound(nameof(GoogleGroup)) ? GoogleGroup ?? "" : plan.GoogleGroup,
            FieldMap = _fieldMap ?? plan.FieldMap,
            DeletePolicy = Bound(nameof(DeletePolicy)) ? DeletePolicy : plan.DeletePolicy,
            MassDeleteThreshold = Bound(nameof(MassDeleteThreshold)) ? MassDeleteThreshold : plan.MassDeleteThreshold,
            InitialCap = Bound(nameof(InitialCap)) ? InitialCap : plan.InitialCap,
            IncrementalCap = Bound(nameof(IncrementalCap)) ? IncrementalCap : plan.IncrementalCap,
            Enabled = Bound(nameof(Enabled)) ? Enabled.IsPresent : plan.Enabled,
            EnforceOneWay = Bound(nameof(EnforceOneWay)) ? EnforceOneWay.IsPresent : plan.EnforceOneWay,
            CrmGoogleRefField = Bound(nameof(CrmGoogleRefField)) ? CrmGoogleRefField ?? "" : plan.CrmGoogleRefField,
            NearRealTime = Bound(nameof(NearRealTime)) ? NearRealTime.IsPresent : plan.NearRealTime,
            CrmUser = Bound(nameof(CrmUser)) ? CrmUser ?? "" : plan.CrmUser,
            GoogleAccount = Bound(nameof(GoogleAccount)) ? GoogleAccount ?? "" : plan.GoogleAccount,
        };
    }

    /// <summary>The template with the parameters given beside -Template.</summary>
    private PlanTemplateInfo ApplyParameters(PlanTemplateInfo template)
    {
        bool Bound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
        return template with
        {
            Name = Bound(nameof(PlanName)) ? PlanName : template.Name,
            Direction = Bound(nameof(Direction)) ? Direction : template.Direction,
            ConflictWinner = Bound(nameof(ConflictWinner)) ? ConflictWinner : template.ConflictWinner,
            Frequency = Bound(nameof(Frequency)) ? Frequency : template.Frequency,
            CrmView = Bound(nameof(CrmView)) ? CrmView ?? "" : template.CrmView,
            GoogleGroup = Bound(nameof(GoogleGroup)) ? GoogleGroup ?? "" : template.GoogleGroup,
            FieldMap = _fieldMap ?? template.FieldMap,
            DeletePolicy = Bound(nameof(DeletePolicy)) ? DeletePolicy : template.DeletePolicy,
            MassDeleteThreshold = Bound(nameof(MassDeleteThreshold)) ? MassDeleteThreshold : template.MassDeleteThreshold,
            InitialCap = Bound(nameof(InitialCap)) ? InitialCap : template.InitialCap,
            IncrementalCap = Bound(nameof(IncrementalCap)) ? IncrementalCap : template.IncrementalCap,
            Enabled = Bound(nameof(Enabled)) ? Enabled.IsPresent : template.Enabled,
            EnforceOneWay = Bound(nameof(EnforceOneWay)) ? EnforceOneWay.IsPresent : template.EnforceOneWay,
            CrmGoogleRefField = Bound(nameof(CrmGoogleRefField)) ? CrmGoogleRefField ?? "" : template.CrmGoogleRefField,
            NearRealTime = Bound(nameof(NearRealTime)) ? NearRealTime.IsPresent : template.NearRealTime,
        };
    }
}
