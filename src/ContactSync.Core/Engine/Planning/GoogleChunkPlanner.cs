using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Plans the Google changes no CRM page touched: a linked contact in the group syncs with its CRM record (a contact that
/// left the group keeps its link but does not sync while out of scope); an unlinked contact in the group is matched or
/// becomes a new CRM record, under the cap.
/// </summary>
internal static class GoogleChunkPlanner
{
    /// <summary>The Google changes still to plan once every CRM page is done.</summary>
    public static IReadOnlyList<GoogleContact> Remaining(PlanningContext context) =>
        context.Changes.All.Where(c => !c.Deleted && !context.Ledger.IsSettledGoogle(c.ResourceName)).ToList();

    public static PagePlan Plan(PlanningContext context, GoogleChunkInput input)
    {
        var plan = context.NewPlan();
        foreach (var contact in input.Contacts)
        {
            plan.Examined++;
            context.Ledger.Handle(contact.ResourceName);
            if (input.Links.TryGetValue(contact.ResourceName, out var link))
            {
                if (!link.Detached && contact.InGroup && !context.Ledger.ClaimedCrm.Contains(link.CrmId))
                {
                    PairDecider.Decide(context, plan, PairInput.Linked(link, null, contact), fromCrm: false);
                }

                continue;
            }

            if (contact.InGroup)
            {
                PlanUnlinked(context, plan, contact, input);
            }
            else
            {
                // Left the group before it was ever synced: nothing is left to retry.
                plan.Resolve(new PairKey("", contact.ResourceName), context.Failing);
            }
        }

        return plan.Build();
    }

    private static void PlanUnlinked(PlanningContext context, PlanBuilder plan, GoogleContact contact, GoogleChunkInput input)
    {
        var pair = PairInput.FromGoogle(contact);
        var free = PairMatcher.CrmRecordsFor(contact, input.CrmCandidates, context.Ledger.ClaimedCrm);
        if (free.Count > 1)
        {
            plan.Add(new PlannedFailure(SideKind.Google, contact.ResourceName, "", contact.ResourceName, pair.Email, pair.DisplayName, "AMBIGUOUS_MATCH",
                $"{free.Count} CRM contacts match the email '{pair.Email}'; none was chosen.", "Ambiguous match by email."));
            return;
        }

        if (free.Count == 1)
        {
            context.Ledger.ClaimCrm(free[0].Id);
            PairDecider.Decide(context, plan, pair with { CrmId = free[0].Id, Crm = free[0] }, fromCrm: false);
            return;
        }

        if (!context.Settings.WriteCrm)
        {
            // The plan (no longer) creates CRM records: a create that failed earlier is not retried.
            plan.Resolve(new PairKey("", contact.ResourceName), context.Failing);
            return;
        }

        if (context.Gate.TryTake(fromCrm: false))
        {
            plan.Add(CreateBuilder.ForCrm(context, pair, contact));
        }
    }
}
