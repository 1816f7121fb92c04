using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>A record the planner cannot sync (e.g. an ambiguous match): recorded as failing and retried next run.</summary>
/// <param name="Side">The side of the record that cannot be synced.</param>
/// <param name="RecordId">Its id.</param>
/// <param name="CrmId">The pair's CRM id ("" when none).</param>
/// <param name="GoogleName">The pair's Google resource name ("" when none).</param>
/// <param name="Email">The pair's email.</param>
/// <param name="DisplayName">A name for people.</param>
/// <param name="Code">A stable code, e.g. "AMBIGUOUS_MATCH".</param>
/// <param name="Message">What is wrong.</param>
/// <param name="SkipReason">For people: why the other side is skipped; null when the plan lists no skip.</param>
internal sealed record PlannedFailure(
    SideKind Side,
    string RecordId,
    string CrmId,
    string GoogleName,
    string Email,
    string DisplayName,
    string Code,
    string Message,
    string? SkipReason) : PlanItem
{
    public override IEnumerable<PlannedChange> Describe() => SkipReason is null
        ? []
        : [new(PlannedAction.Skip, Side == SideKind.Crm ? SideKind.Google : SideKind.Crm, CrmId, GoogleName, Email, DisplayName, [], SkipReason)];
}
