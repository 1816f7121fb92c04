using ContactSync.Core.Plans;
using ContactSync.Google.Apis.Data;
using ContactSync.Server.Access;
using ContactSync.Server.Catalog;
using ContactSync.Server.Connections;
using ContactSync.Server.Errors;
using ContactSync.Storage.Connections;
using ContactSync.Zoho;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>
/// RollOutPlans: one plan per CRM user from a template, each on the user's own Google account (their email in Zoho). Per user,
/// in this order so that nothing is created for a user who cannot have a plan: the user exists and has an email; S10 for the
/// template's direction (the rule that failed is reported); the view by name among the user's views; the group by name in
/// the user's account; the plan's name is free or the user's own plan; every Configure check with the group still pending;
/// only then is a missing group created and the plan stored (by the admin key, so its account and group are assigned). A
/// plan that already has these settings is left alone (UNCHANGED). Each user's refusal is that user's result; the others go on.
/// </summary>
internal sealed class PlanRollOut(
    PlanService plans,
    IPlanRepository repository,
    CrmUserDirectory users,
    RollOutScope scope,
    PlanReferenceChecker references,
    ConnectionStore connections,
    LiveCallBudget budget,
    ILogger<PlanRollOut> logger)
{
    /// <summary>The placeholder group of a plan checked before its group is created (a valid resource name that is never stored).</summary>
    private const string PendingGroup = "contactGroups/pending";

    /// <summary>Rolls the template out to <paramref name="crmUserIds"/>: one result each, in order.</summary>
    public async Task<IReadOnlyList<UserRollOut>> RollOutAsync(
        ApiCaller caller, PlanTemplate template, IReadOnlyList<string> crmUserIds, bool validateOnly, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            throw new AccessDeniedException("Only admin API keys may roll out plans to CRM users.", ErrorReasons.AdminKeyRequired);
        }

        RollOutRequestRules.Validate(template, crmUserIds);

        // One request of the key's budget, however many users: the per-user reads wait for the services' quotas instead.
        using var oneRequest = budget.OneRequest($"Rolling out plans to {crmUserIds.Count} CRM users");
        await EnsureConnectedAsync(StoredConnectionKind.Zoho, "zoho", cancellationToken);
        await EnsureConnectedAsync(StoredConnectionKind.Google, "google", cancellationToken);
        var all = await users.AllAsync(cancellationToken);
        var results = new List<UserRollOut>(crmUserIds.Count);
        foreach (var id in crmUserIds.Select(i => i.Trim()))
        {
            var result = await ForUserAsync(caller, template, all.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.Ordinal)), id, validateOnly, cancellationToken);
            PlanLog.RolledOut(logger, id, result.Outcome.ToString(), result.Reason, validateOnly, caller.KeyId);
            results.Add(result);
        }

        return results;
    }

    private async Task<UserRollOut> ForUserAsync(
        ApiCaller caller, PlanTemplate template, ZohoUser? user, string crmUserId, bool validateOnly, CancellationToken cancellationToken)
    {
        var account = "";
        try
        {
            if (user is null)
            {
                throw new UserRefusedException(ErrorReasons.CrmUserNotFound, $"CRM user {crmUserId} not found (ListCrmUsers lists them).",
                    new Dictionary<string, string> { ["crm_user_id"] = crmUserId });
            }

            account = PlanValidator.NormalizeAccount(user.Email);
            if (account.Length == 0)
            {
                throw new UserRefusedException(ErrorReasons.GoogleAccountUnknown, $"CRM user {crmUserId} has no email in Zoho, so their Google account is unknown.",
                    new Dictionary<string, string> { ["crm_user_id"] = crmUserId });
            }

            var settings = template.Settings with { Name = PlanNames.For(template.NamePattern, user), CrmUserId = crmUserId, GoogleAccount = account };
            await references.EnsureCrmAccessAsync(settings, cancellationToken);
            settings = settings with { CrmViewId = await scope.ViewIdAsync(caller, crmUserId, template.CrmViewName.Trim(), cancellationToken) };
            var group = await scope.GroupAsync(caller, account, template.GoogleGroupName.Trim(), cancellationToken);
            return await SaveAsync(caller, settings, group, template.GoogleGroupName.Trim(), validateOnly, cancellationToken) with { GoogleAccount = account };
        }
        catch (UserRefusedException refused)
        {
            return Failed(crmUserId, account, refused.Reason, refused.Message, refused.Metadata);
        }
        catch (ValidationFailedException invalid)
        {
            var fields = string.Join(",", invalid.Violations.Select(v => v.Field).Distinct(StringComparer.Ordinal));
            var detail = string.Join(" ", invalid.Violations.Select(v => $"{v.Field}: {v.Description}"));
            return Failed(crmUserId, account, ErrorReasons.InvalidFields, detail, new Dictionary<string, string> { ["fields"] = fields });
        }
        catch (VersionConflictException conflict)
        {
            return Failed(crmUserId, account, ErrorReasons.PlanVersionConflict, conflict.Message, new Dictionary<string, string>());
        }
        catch (ServiceException refused)
        {
            return Failed(crmUserId, account, refused.Reason, refused.Message, refused.Metadata);
        }
    }

    private async Task<UserRollOut> SaveAsync(
        ApiCaller caller, SyncPlanDefinition settings, ContactGroup? group, string groupName, bool validateOnly, CancellationToken cancellationToken)
    {
        var existing = await repository.FindByNameAsync(settings.Name, cancellationToken);
        if (existing is not null && !string.Equals(existing.Definition.CrmUserId, settings.CrmUserId, StringComparison.Ordinal))
        {
            throw new UserRefusedException(ErrorReasons.PlanNameTaken,
                $"The plan name '{settings.Name}' is taken by a plan of another CRM user; use a template name with {{email}} or {{id}}.",
                new Dictionary<string, string> { ["plan_name"] = settings.Name });
        }

        var pending = group is null;
        var planned = settings with { GoogleGroup = group?.ResourceName ?? PendingGroup };
        var (id, version) = (existing?.Id ?? "", existing?.Version ?? 0);
        var check = await plans.ConfigureAsync(caller, id, version, planned, new ConfigureOptions(ValidateOnly: true, GroupPending: pending), cancellationToken);
        if (existing is not null && !pending && PlanSettings.Same(existing, check.Plan))
        {
            return new UserRollOut(settings.CrmUserId, RollOutOutcome.Unchanged) { Plan = existing, Warnings = check.Warnings };
        }

        var outcome = existing is null ? RollOutOutcome.Created : RollOutOutcome.Updated;
        if (validateOnly)
        {
            var preview = pending ? check.Plan with { Definition = check.Plan.Definition with { GoogleGroup = "" } } : check.Plan;
            return new UserRollOut(settings.CrmUserId, outcome) { Plan = preview, GoogleGroupCreated = pending, Warnings = check.Warnings };
        }

        if (pending)
        {
            planned = planned with { GoogleGroup = await scope.CreateGroupAsync(settings.GoogleAccount, groupName, cancellationToken) };
        }

        var saved = await plans.ConfigureAsync(caller, id, version, planned, new ConfigureOptions(ValidateOnly: false, GroupPending: false), cancellationToken);
        return new UserRollOut(settings.CrmUserId, outcome) { Plan = saved.Plan, GoogleGroupCreated = pending, Warnings = saved.Warnings };
    }

    private async Task EnsureConnectedAsync(StoredConnectionKind kind, string name, CancellationToken cancellationToken)
    {
        if (!await connections.IsConfiguredAsync(kind, cancellationToken))
        {
            throw new PreconditionFailedException($"The {name} connection is not configured; call SetConnection before rolling out plans.",
                ErrorReasons.ConnectionNotConfigured, new Dictionary<string, string> { ["connection"] = name });
        }
    }

    private static UserRollOut Failed(string crmUserId, string account, string reason, string message, IReadOnlyDictionary<string, string> metadata) =>
        new(crmUserId, RollOutOutcome.Failed) { Reason = reason, Message = message, Metadata = metadata, GoogleAccount = account };
}
