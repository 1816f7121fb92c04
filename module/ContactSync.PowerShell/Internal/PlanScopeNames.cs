using ContactSync.Client;
using ContactSync.Client.Models;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Adds the names of plans' CRM views and Google groups (for tables that people read), looked up once per command with
/// the picker RPCs. A lookup that fails (e.g. no stored connection yet) leaves the names empty: the ids still show.
/// </summary>
internal sealed class PlanScopeNames
{
    private readonly ContactSyncClient _client;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, IReadOnlyList<CrmViewInfo>> _views = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<GoogleGroupInfo>> _groups = new(StringComparer.OrdinalIgnoreCase);

    public PlanScopeNames(ContactSyncClient client, CancellationToken cancellationToken)
    {
        _client = client;
        _cancellationToken = cancellationToken;
    }

    /// <summary>One plan with its names filled (a one-off lookup).</summary>
    public static SyncPlanInfo Fill(SyncPlanInfo plan, ContactSyncClient client, CancellationToken cancellationToken) =>
        new PlanScopeNames(client, cancellationToken).Fill(plan);

    public SyncPlanInfo Fill(SyncPlanInfo plan)
    {
        var view = plan.CrmView.Length == 0 ? null : Views(plan.CrmUser).FirstOrDefault(v => v.Id == plan.CrmView);
        var group = plan.GoogleGroup.Length == 0 ? null : Groups(plan.GoogleAccount).FirstOrDefault(g => g.ResourceName == plan.GoogleGroup);
        return plan with { CrmViewName = view?.Name ?? "", GoogleGroupName = group?.Name ?? "" };
    }

    private IReadOnlyList<CrmViewInfo> Views(string crmUser)
    {
        if (!_views.TryGetValue(crmUser, out var views))
        {
            views = Quietly(() => _client.ListCrmViewsAsync(crmUser, _cancellationToken).GetAwaiter().GetResult());
            _views[crmUser] = views;
        }

        return views;
    }

    /// <summary>The groups of the plan's account (groups belong to an account).</summary>
    private IReadOnlyList<GoogleGroupInfo> Groups(string account)
    {
        if (!_groups.TryGetValue(account, out var groups))
        {
            groups = Quietly(() => _client.ListGoogleGroupsAsync(account, _cancellationToken).GetAwaiter().GetResult());
            _groups[account] = groups;
        }

        return groups;
    }

    private static IReadOnlyList<T> Quietly<T>(Func<IReadOnlyList<T>> list)
    {
        try
        {
            return list();
        }
        catch (ContactSyncClientException)
        {
            return Array.Empty<T>();
        }
    }
}
