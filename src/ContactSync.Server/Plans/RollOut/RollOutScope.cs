using ContactSync.Core.Diagnostics;
using ContactSync.Google.Apis.Data;
using ContactSync.Server.Access;
using ContactSync.Server.Catalog;
using ContactSync.Server.Connections;
using ContactSync.Server.Errors;

namespace ContactSync.Server.Plans.RollOut;

/// <summary>
/// Resolves a template's view and group names for one user: the view among the views the user can use (ListCrmViews for
/// that user), the group among the user groups of the user's own Google account (ListGoogleGroups of that account), and
/// creates a missing group there (the account's reused group list is dropped, so pickers show the new group at once).
/// </summary>
internal sealed class RollOutScope(PickerService pickers, LiveCatalog catalog, ISyncClientFactory clients, LiveCallBudget budget, ILogger<RollOutScope> logger)
{
    /// <summary>The id of the view named <paramref name="name"/> (or with that id) for the user.</summary>
    public async Task<string> ViewIdAsync(ApiCaller caller, string crmUserId, string name, CancellationToken cancellationToken)
    {
        var views = await pickers.ListCrmViewsAsync(caller, crmUserId, cancellationToken);
        var byId = views.FirstOrDefault(v => string.Equals(v.Id, name, StringComparison.Ordinal));
        if (byId is not null)
        {
            return byId.Id;
        }

        var named = views.Where(v => string.Equals(v.DisplayValue ?? v.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return named.Count switch
        {
            1 => named[0].Id,
            0 => throw new UserRefusedException(ErrorReasons.CrmViewNotFound,
                $"CRM user {crmUserId} has no Contacts view named '{name}' (ListCrmViews lists the views).",
                new Dictionary<string, string> { ["crm_view_name"] = name }),
            _ => throw new UserRefusedException(ErrorReasons.CrmViewAmbiguous,
                $"{named.Count} Contacts views of CRM user {crmUserId} are named '{name}' ({string.Join(", ", named.Select(v => v.Id))}); give the view's id.",
                new Dictionary<string, string> { ["crm_view_name"] = name, ["candidates"] = string.Join(",", named.Select(v => v.Id)) }),
        };
    }

    /// <summary>The group named <paramref name="name"/> among the user groups of <paramref name="account"/>, or null when it has none.</summary>
    public async Task<ContactGroup?> GroupAsync(ApiCaller caller, string account, string name, CancellationToken cancellationToken)
    {
        var groups = await pickers.ListGoogleGroupsAsync(caller, account, cancellationToken);
        var named = groups.Where(g => string.Equals(g.FormattedName ?? g.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return named.Count switch
        {
            0 => null,
            1 => named[0],
            _ => throw new UserRefusedException(ErrorReasons.GoogleGroupAmbiguous,
                $"{named.Count} contact groups of {account} are named '{name}' ({string.Join(", ", named.Select(g => g.ResourceName))}).",
                new Dictionary<string, string> { ["google_group_name"] = name, ["google_account"] = account }),
        };
    }

    /// <summary>Creates a user group <paramref name="name"/> in <paramref name="account"/> and returns its resource name.</summary>
    public async Task<string> CreateGroupAsync(string account, string name, CancellationToken cancellationToken)
    {
        var operation = $"Creating the contact group '{name}' in {account}";
        budget.Spend(operation);
        using var google = await clients.CreateGoogleAsync(NullApiCallObserver.Instance, account, cancellationToken);
        var created = await LiveApi.CallAsync("Google", operation, () => google.Client.CreateGroupAsync(name, cancellationToken), logger, cancellationToken);
        catalog.ForgetGoogle(account, PickerService.ListGroups);
        return created.ResourceName ?? throw new InvalidOperationException($"Google created the group '{name}' in {account} without a resource name.");
    }
}
