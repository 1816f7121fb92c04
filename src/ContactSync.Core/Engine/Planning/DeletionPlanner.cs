using ContactSync.Core.Plans;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// The deletion policy (S7): when one record of a linked pair was deleted, the plan keeps the other (the pair is
/// detached and never re-created), propagates the deletion, or quarantines the other record ("ContactSync trash").
/// Plans that do not write the other side only detach. Both records gone, or a pair detached before: the link goes.
/// The deleted pairs are out of the rest of the run.
/// </summary>
internal static class DeletionPlanner
{
    public static DeletionPlan Plan(DeletionInput input, SyncEngineSettings settings, PlanningLedger ledger, FailingRecords failing)
    {
        var steps = new List<PlannedDeletion>();
        var googleGone = new HashSet<string>(input.GoogleGone, StringComparer.Ordinal);
        foreach (var link in input.CrmGoneLinks)
        {
            Skip(link);
            steps.Add(googleGone.Remove(link.GoogleResourceName) || link.Detached
                ? Step(PlannedAction.Unlink, SideKind.Google, link, bothGone: true)
                : Decide(link, SideKind.Google, settings.WriteGoogle));
        }

        foreach (var link in input.GoogleGoneLinks.Where(l => googleGone.Contains(l.GoogleResourceName)))
        {
            Skip(link);
            steps.Add(link.Detached
                ? Step(PlannedAction.Unlink, SideKind.Crm, link, bothGone: true)
                : Decide(link, SideKind.Crm, settings.WriteCrm));
        }

        var resolutions = steps.Where(s => s.Action == PlannedAction.Unlink && s.ResolvesFailure)
            .Select(s => new PairKey(s.Link.CrmId, s.Link.GoogleResourceName)).ToList();
        var destructive = steps.Count(s => s.Action is PlannedAction.Delete or PlannedAction.Quarantine);
        return new DeletionPlan(steps, resolutions, destructive, MassDeletionBreaker.Check(destructive, settings.MassDeleteThreshold));

        void Skip(SyncLink link)
        {
            ledger.SkipCrm(link.CrmId);
            ledger.SkipGoogle(link.GoogleResourceName);
        }

        PlannedDeletion Decide(SyncLink link, SideKind target, bool mayWrite) => settings.Deletion switch
        {
            DeletionPolicy.Propagate when mayWrite => Step(PlannedAction.Delete, target, link, bothGone: false),
            DeletionPolicy.Quarantine when mayWrite => Step(PlannedAction.Quarantine, target, link, bothGone: false),
            _ => Step(PlannedAction.Unlink, target, link, bothGone: false),
        };

        PlannedDeletion Step(PlannedAction action, SideKind target, SyncLink link, bool bothGone) =>
            new(action, target, link, bothGone, failing.IsFailing(link.CrmId, link.GoogleResourceName));
    }
}
