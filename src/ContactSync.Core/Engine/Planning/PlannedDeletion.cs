using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>What a run does about a linked pair one of whose records was deleted.</summary>
/// <param name="Action">Delete, Quarantine or Unlink (keep the other record, detached).</param>
/// <param name="Target">The side written (for Delete and Quarantine): the side whose record is still there.</param>
/// <param name="Link">The pair's link.</param>
/// <param name="BothGone">True when both records are gone (or the pair was detached before): the link is simply removed.</param>
/// <param name="ResolvesFailure">The pair has a failing record: it ends with the unlink or a successful delete.</param>
internal sealed record PlannedDeletion(PlannedAction Action, SideKind Target, SyncLink Link, bool BothGone, bool ResolvesFailure) : PlanItem
{
    public override IEnumerable<PlannedChange> Describe() =>
    [
        new(Action, Target, Link.CrmId, Link.GoogleResourceName, Link.Email, "", [],
            Target == SideKind.Google ? "The CRM contact was deleted." : "The Google contact was deleted."),
    ];
}
