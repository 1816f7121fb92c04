using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// A contact matched outside the plan's group joins it. The applier adds it before the pair's link is committed, so no
/// link ever points outside the group.
/// </summary>
internal sealed record PlannedGroupAddition(string GoogleName, string CrmId, string Email, string DisplayName) : PlanItem
{
    public override IEnumerable<PlannedChange> Describe() =>
        [new(PlannedAction.AddToGroup, SideKind.Google, CrmId, GoogleName, Email, DisplayName, [], "Matched a contact outside the plan's group.")];
}
