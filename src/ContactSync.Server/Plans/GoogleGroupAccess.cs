using ContactSync.Core.Plans;
using ContactSync.Server.Access;
using ContactSync.Server.Errors;

namespace ContactSync.Server.Plans;

/// <summary>
/// The Google group rule: plans on the same Google account share its address book, so whoever can run a plan on a group
/// can read (and, Google → CRM, import into the CRM) every contact in it — also those another CRM user's plan exported
/// there. Groups belong to an account, so plans of different accounts never share one. A plan may use a group of an
/// account that a plan of another CRM user uses too only when an admin key gave it that group
/// (<see cref="StoredSyncPlan.GoogleGroupAssigned"/>). Configure, runs and dry runs (any trigger) of any other plan on such a
/// group are refused with <c>PERMISSION_DENIED</c> (GOOGLE_GROUP_IN_USE). A plan on the connection's default account ("")
/// counts as sharing every account.
/// </summary>
internal sealed class GoogleGroupAccess(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Whether the plan, saved by <paramref name="caller"/>, holds an admin assignment of its group: an admin key assigns the
    /// group it saves; a user key keeps an earlier assignment as long as it does not change the group.
    /// </summary>
    public static bool AssignedAfterSave(ApiCaller caller, StoredSyncPlan? existing, SyncPlanDefinition plan) =>
        caller.IsAdmin || (existing is { GoogleGroupAssigned: true } && string.Equals(existing.Definition.GoogleGroup, plan.GoogleGroup, StringComparison.Ordinal));

    /// <summary>Throws <see cref="AccessDeniedException"/> when the plan may not use its group.</summary>
    public async Task EnsureMayUseAsync(SyncPlanDefinition plan, bool assigned, CancellationToken cancellationToken)
    {
        if (assigned || plan.GoogleGroup.Length == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<IPlanRepository>();
        if (await plans.GoogleGroupUsedByOtherUserAsync(plan.GoogleGroup, plan.GoogleAccount, plan.CrmUserId, cancellationToken))
        {
            var account = plan.GoogleAccount.Length > 0 ? plan.GoogleAccount : "the connection's default account";
            throw new AccessDeniedException(
                $"The Google group {plan.GoogleGroup} of {account} is used by a plan of another CRM user. Plans on one Google account share its address book, so only " +
                "an admin may let plans of several CRM users use one group (by configuring the plan with an admin key); choose a group of your own (ListGoogleGroups).",
                ErrorReasons.GoogleGroupInUse,
                new Dictionary<string, string> { ["google_group"] = plan.GoogleGroup, ["google_account"] = plan.GoogleAccount, ["crm_user_id"] = plan.CrmUserId });
        }
    }
}
