using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Cmdlets;

public sealed partial class SetContactSyncConfigCommand
{
    private SyncPlanInfo Merge(SyncPlanInfo plan) => (SyncPlanInfo)WithBoundSettings(plan) with
    {
        Name = PlanName,
        NearRealTime = Bound(nameof(NearRealTime)) ? NearRealTime.IsPresent : plan.NearRealTime,
        CrmUser = Bound(nameof(CrmUser)) ? CrmUser ?? "" : plan.CrmUser,
        GoogleAccount = Bound(nameof(GoogleAccount)) ? GoogleAccount ?? "" : plan.GoogleAccount,
    };

    /// <summary>The template with the parameters given beside -Template.</summary>
    private PlanTemplateInfo ApplyParameters(PlanTemplateInfo template) => (PlanTemplateInfo)WithBoundSettings(template) with
    {
        Name = Bound(nameof(PlanName)) ? PlanName : template.Name,
    };

    /// <summary>The settings a plan and a template share, each replaced when its parameter was given.</summary>
    private PlanSettingsInfo WithBoundSettings(PlanSettingsInfo settings) => settings with
    {
        Direction = Bound(nameof(Direction)) ? Direction : settings.Direction,
        ConflictWinner = Bound(nameof(ConflictWinner)) ? ConflictWinner : settings.ConflictWinner,
        Frequency = Bound(nameof(Frequency)) ? Frequency : settings.Frequency,
        CrmView = Bound(nameof(CrmView)) ? CrmView ?? "" : settings.CrmView,
        GoogleGroup = Bound(nameof(GoogleGroup)) ? GoogleGroup ?? "" : settings.GoogleGroup,
        FieldMap = _fieldMap ?? settings.FieldMap,
        DeletePolicy = Bound(nameof(DeletePolicy)) ? DeletePolicy : settings.DeletePolicy,
        MassDeleteThreshold = Bound(nameof(MassDeleteThreshold)) ? MassDeleteThreshold : settings.MassDeleteThreshold,
        InitialCap = Bound(nameof(InitialCap)) ? InitialCap : settings.InitialCap,
        IncrementalCap = Bound(nameof(IncrementalCap)) ? IncrementalCap : settings.IncrementalCap,
        Enabled = Bound(nameof(Enabled)) ? Enabled.IsPresent : settings.Enabled,
        EnforceOneWay = Bound(nameof(EnforceOneWay)) ? EnforceOneWay.IsPresent : settings.EnforceOneWay,
        CrmGoogleRefField = Bound(nameof(CrmGoogleRefField)) ? CrmGoogleRefField ?? "" : settings.CrmGoogleRefField,
    };

    private bool Bound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
}
