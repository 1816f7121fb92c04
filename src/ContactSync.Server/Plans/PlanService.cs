using ContactSync.Core.Plans;
using ContactSync.Server.Access;
using ContactSync.Server.Catalog;
using ContactSync.Server.Errors;

namespace ContactSync.Server.Plans;

/// <summary>
/// Plan use cases: create, replace, read, list and delete, with validation and access control. Configure gives a new plan its
/// CRM user's Google account unless one is named (<see cref="PlanAccounts"/>; <see cref="GoogleAccountAccess"/> decides who may
/// name another), checks the plan's view, its group in that account and its CRM fields against the live services and runs S10
/// for its CRM user, for each connection that is configured (plans may be written before the connections; those checks are
/// then skipped, and runs make them).
/// </summary>
internal sealed class PlanService(
    IPlanRepository plans,
    PlanReferenceChecker references,
    PlanLimitWarnings limits,
    GoogleGroupAccess groups,
    CrmUserDirectory users,
    TimeProvider timeProvider,
    ILogger<PlanService> logger)
{
    /// <summary>The page size when the request says 0.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page size.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Creates a plan (empty <paramref name="id"/>) or replaces one at <paramref name="version"/>.</summary>
    public Task<ConfigureResult> ConfigureAsync(
        ApiCaller caller, string id, long version, SyncPlanDefinition definition, bool validateOnly, CancellationToken cancellationToken) =>
        ConfigureAsync(caller, id, version, definition, new ConfigureOptions(validateOnly, GroupPending: false), cancellationToken);

    /// <summary>
    /// Creates or replaces a plan. With <see cref="ConfigureOptions.GroupPending"/> (a roll-out's validate-only check of a
    /// group it would create) the group's existence in the account is not checked.
    /// </summary>
    public async Task<ConfigureResult> ConfigureAsync(
        ApiCaller caller, string id, long version, SyncPlanDefinition definition, ConfigureOptions options, CancellationToken cancellationToken)
    {
        var plan = PlanValidator.Normalize(definition);
        if (plan.CrmUserId.Length > 0 && !caller.MaySee(plan.CrmUserId))
        {
            throw OtherUser(caller, $"This API key may only configure plans of CRM user {caller.CrmUserId}.");
        }

        var existing = id.Length > 0 ? await ExistingAsync(caller, id, cancellationToken) : null;
        var owner = await users.FindAsync(plan.CrmUserId, cancellationToken);
        var (account, accountViolation) = PlanAccounts.Resolve(plan, existing, owner);
        plan = plan with { GoogleAccount = account };
        var assignments = new PlanAssignments(GoogleGroupAccess.AssignedAfterSave(caller, existing, plan), GoogleAccountAccess.AssignedAfterSave(caller, existing, plan));
        if (owner.User is not null && account.Length > 0 && PlanValidator.AccountProblem(account) is null)
        {
            // Before any call to Google: a user key learns nothing about another user's account.
            GoogleAccountAccess.EnsureMayUse(plan, assignments.GoogleAccount, owner.Email, account);
        }

        await ValidateAsync(plan, existing, version, accountViolation, options.GroupPending, cancellationToken);
        await groups.EnsureMayUseAsync(plan, assignments.GoogleGroup, cancellationToken);
        await references.EnsureCrmAccessAsync(plan, cancellationToken);
        if (existing is not null && existing.Version != version)
        {
            throw new VersionConflictException($"plan {existing.Id}", version, existing.Version);
        }

        var warnings = await limits.CheckAsync(plan, existing?.Id ?? "", cancellationToken);
        if (options.ValidateOnly)
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            var preview = existing is null
                ? new StoredSyncPlan("", 1, plan, now, now)
                : existing with { Version = existing.Version + 1, Definition = plan, UpdatedUtc = now };
            return new ConfigureResult(preview with { GoogleGroupAssigned = assignments.GoogleGroup, GoogleAccountAssigned = assignments.GoogleAccount }, existing is null)
            {
                Warnings = warnings,
            };
        }

        return await SaveAsync(caller, existing, version, plan, assignments, cancellationToken) with { Warnings = warnings };
    }

    /// <summary>Reads one plan by id or, when the id is empty, by name.</summary>
    public async Task<StoredSyncPlan> GetAsync(ApiCaller caller, string id, string name, CancellationToken cancellationToken)
    {
        StoredSyncPlan? plan;
        if (id.Length > 0)
        {
            plan = await plans.GetAsync(id, cancellationToken);
            if (plan is null)
            {
                throw PlanNotFound(id, $"There is no plan with id '{BoundedText.Echo(id)}'.");
            }
        }
        else if (name.Trim().Length > 0)
        {
            plan = await plans.FindByNameAsync(name, cancellationToken);
            if (plan is null)
            {
                throw new ResourceNotFoundException($"There is no plan named '{BoundedText.Echo(name.Trim())}'.", ErrorReasons.PlanNotFound,
                    new Dictionary<string, string> { ["plan_name"] = name.Trim() });
            }
        }
        else
        {
            throw new ValidationFailedException("plan_id", "Give plan_id or name.");
        }

        EnsureMaySee(caller, plan);
        return plan;
    }

    /// <summary>Lists the plans the caller may see, ordered by name, one page at a time.</summary>
    public async Task<PlanListResult> ListAsync(
        ApiCaller caller, int pageSize, string pageToken, string crmUserId, CancellationToken cancellationToken)
    {
        var violations = new List<FieldViolation>();
        if (pageSize < 0 || pageSize > MaxPageSize)
        {
            violations.Add(new FieldViolation("page_size", $"The page size is 1 to {MaxPageSize}, or 0 for {DefaultPageSize}."));
        }

        PlanListCursor? cursor = null;
        if (pageToken.Length > 0 && !PageToken.TryDecode(pageToken, out cursor))
        {
            violations.Add(new FieldViolation("page_token", "The page token is not one this server issued."));
        }

        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations);
        }

        var filter = crmUserId.Trim().Length > 0 ? crmUserId.Trim() : null;
        if (!caller.IsAdmin)
        {
            if (filter is not null && !caller.MaySee(filter))
            {
                throw OtherUser(caller, $"This API key may only list plans of CRM user {caller.CrmUserId}.");
            }

            filter = caller.CrmUserId;
        }

        var page = await plans.ListAsync(filter, pageSize == 0 ? DefaultPageSize : pageSize, cursor, cancellationToken);
        return new PlanListResult(page.Plans, PageToken.Encode(page.Next));
    }

    /// <summary>Deletes a plan, optionally only at a given version.</summary>
    public async Task<StoredSyncPlan> DeleteAsync(ApiCaller caller, string id, long version, CancellationToken cancellationToken)
    {
        if (id.Length == 0)
        {
            throw new ValidationFailedException("plan_id", "The plan id is required.");
        }

        var existing = await plans.GetAsync(id, cancellationToken) ?? throw PlanNotFound(id, $"There is no plan with id '{BoundedText.Echo(id)}'.");
        EnsureMaySee(caller, existing);
        var deleted = await plans.DeleteAsync(id, version, cancellationToken) ?? throw PlanNotFound(id, $"There is no plan with id '{BoundedText.Echo(id)}'.");
        PlanLog.PlanDeleted(logger, deleted.Id, deleted.Definition.Name, caller.KeyId);
        return deleted;
    }

    /// <summary>The plan a Configure call replaces, which the caller must be allowed to see.</summary>
    private async Task<StoredSyncPlan> ExistingAsync(ApiCaller caller, string id, CancellationToken cancellationToken)
    {
        var existing = await plans.GetAsync(id, cancellationToken)
            ?? throw PlanNotFound(id, $"There is no plan with id '{BoundedText.Echo(id)}'. Leave plan.id empty to create a plan.");
        EnsureMaySee(caller, existing);
        return existing;
    }

    /// <summary>Every field violation of the plan (its rules, its version, a unique name, its live references), thrown together.</summary>
    private async Task ValidateAsync(
        SyncPlanDefinition plan, StoredSyncPlan? existing, long version, FieldViolation? accountViolation, bool groupPending, CancellationToken cancellationToken)
    {
        var violations = PlanValidator.Validate(plan).ToList();
        if (accountViolation is not null)
        {
            violations.Add(accountViolation);
        }

        if (existing is not null && version <= 0)
        {
            violations.Add(new FieldViolation("plan.version", "Replacing a plan needs the version it was read at."));
        }

        if (plan.Name.Length > 0 && await plans.NameExistsAsync(plan.Name, existing?.Id, cancellationToken))
        {
            violations.Add(new FieldViolation("plan.name", $"A plan named '{plan.Name}' already exists (names are unique regardless of case)."));
        }

        var skip = violations.Select(v => v.Field).ToHashSet(StringComparer.Ordinal);
        if (groupPending)
        {
            skip.Add("plan.google_group");
        }

        violations.AddRange(await references.CheckAsync(plan, skip, cancellationToken));
        if (violations.Count > 0)
        {
            throw new ValidationFailedException(violations.OrderBy(v => v.Field, StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>Stores a new plan or the new version of <paramref name="existing"/>.</summary>
    private async Task<ConfigureResult> SaveAsync(
        ApiCaller caller, StoredSyncPlan? existing, long version, SyncPlanDefinition plan, PlanAssignments assignments, CancellationToken cancellationToken)
    {
        if (existing is null)
        {
            var created = await plans.CreateAsync(plan, assignments, cancellationToken);
            PlanLog.PlanCreated(logger, created.Id, created.Definition.Name, created.Definition.CrmUserId, caller.KeyId);
            return new ConfigureResult(created, true);
        }

        var updated = await plans.UpdateAsync(existing.Id, version, plan, assignments, cancellationToken)
            ?? throw PlanNotFound(existing.Id, $"The plan '{existing.Id}' was deleted meanwhile.");
        PlanLog.PlanUpdated(logger, updated.Id, updated.Version, caller.KeyId);
        return new ConfigureResult(updated, false);
    }

    /// <summary>Denies a plan of another CRM user without naming it (its id, name or user), since the caller may not see it.</summary>
    private static void EnsureMaySee(ApiCaller caller, StoredSyncPlan plan)
    {
        if (!caller.MaySee(plan.Definition.CrmUserId))
        {
            throw OtherUser(caller, $"This plan belongs to another CRM user; this API key may only use plans of CRM user {caller.CrmUserId}.");
        }
    }

    private static AccessDeniedException OtherUser(ApiCaller caller, string message) => new(
        message,
        ErrorReasons.PlanOfAnotherUser,
        new Dictionary<string, string> { ["crm_user_id"] = caller.CrmUserId });

    private static ResourceNotFoundException PlanNotFound(string id, string message) =>
        new(message, ErrorReasons.PlanNotFound, new Dictionary<string, string> { ["plan_id"] = id });
}
