using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Crash intents: a run that died between a CRM create and its link left a write-ahead intent. When exactly one CRM
/// record that no link holds fits the intent, the create did happen and the records are paired instead of creating a
/// second one; several candidates are reported for a person to settle. Every intent is settled by the run that reads it.
/// </summary>
internal static class IntentSettlement
{
    public static PagePlan Plan(PlanningContext context, IReadOnlyList<IntentLookup> lookups)
    {
        var plan = context.NewPlan();
        foreach (var lookup in lookups)
        {
            if (!lookup.Searched || lookup.Contact is not { Deleted: false } contact)
            {
                continue;
            }

            var candidates = lookup.Candidates;
            if (candidates.Count != 1)
            {
                context.Ledger.SkipGoogle(contact.ResourceName);
                plan.Add(new PlannedFailure(SideKind.Google, contact.ResourceName, "", contact.ResourceName, "", "", "AMBIGUOUS_MATCH",
                    $"An interrupted run may have created this contact in the CRM; {candidates.Count} candidates were found. Link or delete them by hand.", null));
                continue;
            }

            var record = candidates[0];
            context.Ledger.ClaimCrm(record.Id);
            context.Ledger.ClaimGoogle(contact.ResourceName);
            PairDecider.Decide(context, plan, new PairInput(record.Id, contact.ResourceName, null, record, contact, "", ""), fromCrm: false);
        }

        return plan.Build() with { SettledIntents = lookups.Select(l => l.Intent.GoogleResourceName).ToList() };
    }
}
