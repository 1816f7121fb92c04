using ContactSync.Core.Plans;
using ContactSync.Server.Access;
using ContactSync.Server.Errors;

namespace ContactSync.Server.Plans;

/// <summary>
/// The Google account rule: a plan syncs its CRM user's own Google account (the user's email in Zoho) unless an admin key gave
/// it another one (<see cref="StoredSyncPlan.GoogleAccountAssigned"/>), so no user can read another user's address book
/// through a plan. Configure checks it when the CRM user's email is known (the Zoho connection is configured), and every run
/// and dry run (any trigger) checks it against the email Zoho reports then, so a plan whose user's email changed, or that was
/// saved before the Zoho connection existed, is refused with <c>PERMISSION_DENIED</c> (GOOGLE_ACCOUNT_NOT_OWN) until it is
/// configured again.
/// </summary>
internal static class GoogleAccountAccess
{
    /// <summary>
    /// Whether the plan, saved by <paramref name="caller"/>, holds an admin assignment of its account: an admin key assigns the
    /// account it saves; a user key keeps an earlier assignment as long as it does not change the account.
    /// </summary>
    public static bool AssignedAfterSave(ApiCaller caller, StoredSyncPlan? existing, SyncPlanDefinition plan) =>
        caller.IsAdmin || (existing is { GoogleAccountAssigned: true } && string.Equals(existing.Definition.GoogleAccount, plan.GoogleAccount, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="account"/> is the CRM user's own (their email, ignoring case).</summary>
    public static bool IsOwn(string account, string crmUserEmail) =>
        account.Length > 0 && string.Equals(account, PlanValidator.NormalizeAccount(crmUserEmail), StringComparison.Ordinal);

    /// <summary>
    /// Throws <see cref="AccessDeniedException"/> when the plan acts for <paramref name="account"/> (the account its Google
    /// calls use), which is neither assigned nor its CRM user's email <paramref name="crmUserEmail"/>.
    /// </summary>
    public static void EnsureMayUse(SyncPlanDefinition plan, bool assigned, string crmUserEmail, string account)
    {
        if (assigned || IsOwn(account, crmUserEmail))
        {
            return;
        }

        var shown = account.Length > 0 ? account : "the connection's default Google account";
        throw new AccessDeniedException(
            $"The plan syncs {shown}, but CRM user {plan.CrmUserId}'s own Google account is {(crmUserEmail.Length > 0 ? crmUserEmail : "unknown (Zoho gives no email)")}. " +
            "A plan may sync only its CRM user's own account unless an admin assigns another one (configure the plan with an admin key); " +
            "leave google_account empty to use the user's own.",
            ErrorReasons.GoogleAccountNotOwn,
            new Dictionary<string, string> { ["google_account"] = account, ["crm_user_id"] = plan.CrmUserId });
    }
}
