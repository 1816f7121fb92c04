using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Plans one CRM page: a linked record syncs with its Google contact (with the contact's change, when Google changed it
/// too); an unlinked record is matched (<see cref="PairMatcher"/>) or becomes a new Google contact, under the cap and
/// Google's contact limit.
/// </summary>
internal static class CrmPagePlanner
{
    public static PagePlan Plan(PlanningContext context, CrmPageInput input)
    {
        var plan = context.NewPlan();
        foreach (var record in input.Records)
        {
            plan.Examined++;
            if (context.Ledger.IsSettledCrm(record.Id))
            {
                continue;
            }

            if (input.Links.TryGetValue(record.Id, out var link))
            {
                PlanLinked(context, plan, record, link);
                continue;
            }

            PlanUnlinked(context, plan, record, input);
        }

        // The matching index keeps the records still unlinked after this page's writes.
        return plan.Build(input.Records.Where(r => !input.Links.ContainsKey(r.Id)).Select(SeenIndex.Of).ToList());
    }

    private static void PlanLinked(PlanningContext context, PlanBuilder plan, CrmContact record, SyncLink link)
    {
        if (link.Detached)
        {
            return;
        }

        GoogleContact? google = null;
        if (context.Changes.TryGet(link.GoogleResourceName, out var changed) && context.Ledger.Handle(link.GoogleResourceName))
        {
            if (changed.Deleted)
            {
                return;
            }

            google = changed;
        }

        PairDecider.Decide(context, plan, PairInput.Linked(link, record, google), fromCrm: true);
    }

    private static void PlanUnlinked(PlanningContext context, PlanBuilder plan, CrmContact record, CrmPageInput input)
    {
        var pair = PairInput.FromCrm(record);
        var settings = context.Settings;
        var match = PairMatcher.MatchCrmRecord(record, input.Candidates, context.Ledger.ClaimedGoogle, inGroupOnly: !settings.WriteGoogle);
        if (match.Ambiguous)
        {
            plan.Add(new PlannedFailure(SideKind.Crm, record.Id, record.Id, "", pair.Email, pair.DisplayName, "AMBIGUOUS_MATCH",
                $"{match.Count} Google contacts match the email '{pair.Email}'; none was chosen.", "Ambiguous match by email."));
            return;
        }

        if (match.Contact is { } contact)
        {
            context.Ledger.ClaimGoogle(contact.ResourceName);
            pair = pair with { GoogleName = contact.ResourceName, Google = contact };
            if (!contact.InGroup && settings.WriteGoogle)
            {
                plan.Add(new PlannedGroupAddition(contact.ResourceName, record.Id, pair.Email, pair.DisplayName));
            }

            PairDecider.Decide(context, plan, pair, fromCrm: true);
            return;
        }

        if (!settings.WriteGoogle)
        {
            // The plan (no longer) creates Google contacts: a create that failed earlier is not retried.
            plan.Resolve(new PairKey(record.Id, ""), context.Failing);
            return;
        }

        if (!context.GoogleRoom.Waits(input.GoogleAccountFull, context.Gate) && context.Gate.TryTake(fromCrm: true))
        {
            plan.Add(CreateBuilder.ForGoogle(context, pair, record));
        }
    }
}
