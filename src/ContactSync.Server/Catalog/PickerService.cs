using ContactSync.Google.Apis.Data;
using ContactSync.Server.Access;
using ContactSync.Server.Errors;
using ContactSync.Zoho;

namespace ContactSync.Server.Catalog;

/// <summary>
/// The pickers: CRM views, Google groups and the field catalogue, answered from the live APIs through the stored
/// connections (reused briefly, see <see cref="LiveCatalog"/>). A connection that is not configured gives <c>FailedPrecondition</c>.
/// </summary>
internal sealed class PickerService(LiveCatalog catalog)
{
    /// <summary>The group type of groups users made (the only ones a plan may use).</summary>
    public const string UserGroupType = "USER_CONTACT_GROUP";

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
            var users = await catalog.ZohoAsync("Reading the CRM users", zoho => zoho.GetUsersAsync(cancellationToken), cancellationToken,
                list => list.Any(u => string.Equals(u.Id, userId, StringComparison.Ordinal)));
            if (!users.Any(u => string.Equals(u.Id, userId, StringComparison.Ordinal)))
            {
                throw new ResourceNotFoundException($"CRM user {BoundedText.Echo(userId)} not found.", ErrorReasons.CrmUserNotFound,
                    new Dictionary<string, string> { ["crm_user_id"] = userId });
            }
        }

        return await catalog.ZohoAsync("Listing the Contacts views", zoho => zoho.GetContactViewsAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The contact groups users made (system groups such as myContacts cannot be a plan's group).</summary>
    public async Task<IReadOnlyList<ContactGroup>> ListGoogleGroupsAsync(CancellationToken cancellationToken)
    {
        var groups = await catalog.GoogleAsync("Listing the contact groups", google => google.ListGroupsAsync(cancellationToken), cancellationToken);
        return groups
            .Where(g => string.Equals(g.GroupType, UserGroupType, StringComparison.Ordinal) && g.ResourceName is { Length: > 0 })
            .OrderBy(g => g.FormattedName ?? g.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>The CRM Contacts fields, custom ones included.</summary>
    public Task<IReadOnlyList<ZohoField>> ListCrmFieldsAsync(CancellationToken cancellationToken) =>
        catalog.ZohoAsync("Reading the Contacts fields", zoho => zoho.GetContactFieldsAsync(cancellationToken), cancellationToken);
}
