using ContactSync.Core.Plans;
using ContactSync.Google.Apis.Data;
using ContactSync.Server.Access;
using ContactSync.Server.Errors;
using ContactSync.Server.Plans;
using ContactSync.Zoho;

namespace ContactSync.Server.Catalog;

/// <summary>
/// The pickers: CRM views, Google groups and the field catalogue, answered from the live APIs through the stored
/// connections (reused briefly, see <see cref="LiveCatalog"/>). A connection that is not configured gives <c>FailedPrecondition</c>.
/// </summary>
internal sealed class PickerService(LiveCatalog catalog, CrmUserDirectory users, IPlanRepository plans)
{
    /// <summary>The group type of groups users made (the only ones a plan may use).</summary>
    public const string UserGroupType = "USER_CONTACT_GROUP";

    /// <summary>The operation name of a group listing (shared with Configure's check, so one answer serves both).</summary>
    public const string ListGroups = "Listing the contact groups";

    /// <summary>
    /// The Contacts views. Zoho lists the views of the connection's user; with <paramref name="crmUserId"/> the user is
    /// checked to exist (user keys may only ask for their own CRM user, "" meaning it).
    /// </summary>
    public async Task<IReadOnlyList<ZohoCustomView>> ListCrmViewsAsync(ApiCaller caller, string crmUserId, CancellationToken cancellationToken)
    {
        var userId = crmUserId.Trim();
        if (userId.Length == 0 && !caller.IsAdmin)
        {
            userId = caller.CrmUserId;
        }

        if (userId.Length > 0 && !caller.MaySee(userId))
        {
            throw new AccessDeniedException($"This API key may only list the views of CRM user {caller.CrmUserId}.", ErrorReasons.PlanOfAnotherUser,
                new Dictionary<string, string> { ["crm_user_id"] = caller.CrmUserId });
        }

        if (userId.Length > 0)
        {
            var all = await users.AllAsync(cancellationToken, list => list.Any(u => string.Equals(u.Id, userId, StringComparison.Ordinal)));
            if (!all.Any(u => string.Equals(u.Id, userId, StringComparison.Ordinal)))
            {
                throw new ResourceNotFoundException($"CRM user {BoundedText.Echo(userId)} not found.", ErrorReasons.CrmUserNotFound,
                    new Dictionary<string, string> { ["crm_user_id"] = userId });
            }
        }

        return await catalog.ZohoAsync("Listing the Contacts views", zoho => zoho.GetContactViewsAsync(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The contact groups users made in <paramref name="googleAccount"/> (system groups such as myContacts cannot be a plan's
    /// group). "" is, for a user key, its CRM user's own account and, for an admin key, the connection's default account. A
    /// user key may list its own account and accounts an admin assigned to one of its plans.
    /// </summary>
    public async Task<IReadOnlyList<ContactGroup>> ListGoogleGroupsAsync(ApiCaller caller, string googleAccount, CancellationToken cancellationToken)
    {
        var account = PlanValidator.NormalizeAccount(googleAccount);
        if (PlanValidator.AccountProblem(account) is { } problem)
        {
            throw new ValidationFailedException("google_account", problem);
        }

        if (!caller.IsAdmin)
        {
            account = await UserAccountAsync(caller, account, cancellationToken);
        }

        var groups = await catalog.GoogleAsync(account, ListGroups, google => google.ListGroupsAsync(cancellationToken), cancellationToken);
        return groups
            .Where(g => string.Equals(g.GroupType, UserGroupType, StringComparison.Ordinal) && g.ResourceName is { Length: > 0 })
            .OrderBy(g => g.FormattedName ?? g.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The CRM users, ordered by name, optionally only those of a role and a profile (name or id, any case) whose name or
    /// email contains <paramref name="name"/>; a user key sees only its own CRM user.
    /// </summary>
    public async Task<IReadOnlyList<ZohoUser>> ListCrmUsersAsync(ApiCaller caller, string role, string profile, string name, CancellationToken cancellationToken)
    {
        static bool Is(string filter, string? value, string? id) => filter.Length == 0
            || string.Equals(filter, value, StringComparison.OrdinalIgnoreCase) || string.Equals(filter, id, StringComparison.Ordinal);
        var text = name.Trim();
        var all = await users.AllAsync(cancellationToken);
        return all
            .Where(u => caller.MaySee(u.Id))
            .Where(u => Is(role.Trim(), u.RoleName, u.RoleId) && Is(profile.Trim(), u.ProfileName, u.ProfileId))
            .Where(u => text.Length == 0 || (u.FullName ?? "").Contains(text, StringComparison.OrdinalIgnoreCase) || (u.Email ?? "").Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.FullName ?? u.Email ?? u.Id, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(u => u.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The account a user key may list: its CRM user's email ("" asks for it), or one an admin assigned to its plans.</summary>
    private async Task<string> UserAccountAsync(ApiCaller caller, string account, CancellationToken cancellationToken)
    {
        var own = await users.FindAsync(caller.CrmUserId, cancellationToken);
        if (account.Length == 0 || GoogleAccountAccess.IsOwn(account, own.Email))
        {
            return own.Email.Length > 0
                ? PlanValidator.NormalizeAccount(own.Email)
                : throw new AccessDeniedException($"CRM user {caller.CrmUserId} has no email in Zoho, so their Google account is unknown.", ErrorReasons.GoogleAccountNotOwn,
                    new Dictionary<string, string> { ["google_account"] = account, ["crm_user_id"] = caller.CrmUserId });
        }

        if (await plans.GoogleAccountAssignedToUserAsync(account, caller.CrmUserId, cancellationToken))
        {
            return account;
        }

        throw new AccessDeniedException(
            $"This API key may list the groups of CRM user {caller.CrmUserId}'s own Google account and of accounts an admin assigned to its plans only.",
            ErrorReasons.GoogleAccountNotOwn,
            new Dictionary<string, string> { ["google_account"] = account, ["crm_user_id"] = caller.CrmUserId });
    }

    /// <summary>The CRM Contacts fields, custom ones included.</summary>
    public Task<IReadOnlyList<ZohoField>> ListCrmFieldsAsync(CancellationToken cancellationToken) =>
        catalog.ZohoAsync("Reading the Contacts fields", zoho => zoho.GetContactFieldsAsync(cancellationToken), cancellationToken);
}
