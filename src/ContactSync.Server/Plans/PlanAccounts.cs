using ContactSync.Core.Plans;
using ContactSync.Server.Catalog;

namespace ContactSync.Server.Plans;

/// <summary>
/// The Google account a Configure request gives a plan: the one named, else the plan's current one (an update keeps it),
/// else the CRM user's email as Zoho reports it (stored explicitly). Without a Zoho connection a new plan keeps "" (the
/// connection's default account) until it is configured again; runs then check it against the user's email.
/// </summary>
internal static class PlanAccounts
{
    /// <summary>The account, and a violation of <c>plan.google_account</c> when the CRM user has no email to default to.</summary>
    public static (string Account, FieldViolation? Violation) Resolve(SyncPlanDefinition plan, StoredSyncPlan? existing, CrmUserLookup owner)
    {
        if (plan.GoogleAccount.Length > 0)
        {
            return (plan.GoogleAccount, null);
        }

        if (existing is not null)
        {
            return (existing.Definition.GoogleAccount, null);
        }

        if (owner.User is null)
        {
            // No Zoho connection ("" for now), or no such user (the permission check says so).
            return ("", null);
        }

        return owner.Email.Length > 0
            ? (PlanValidator.NormalizeAccount(owner.Email), null)
            : ("", new FieldViolation("plan.google_account", $"CRM user {plan.CrmUserId} has no email in Zoho, so their Google account is unknown; give google_account."));
    }
}
