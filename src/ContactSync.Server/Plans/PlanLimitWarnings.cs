using ContactSync.Core.Engine;
using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Server.Catalog;
using ContactSync.Server.Connections;
using ContactSync.Server.Runs;
using ContactSync.Storage.Connections;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.Plans;

/// <summary>
/// Configure's warning when a plan would pass the Google account's contact limit. The cheapest honest count is two calls:
/// Zoho's record count of the plan's view (<c>GET /Contacts/actions/count?cvid=</c>) and Google's <c>totalItems</c> of a
/// one-contact page of connections. At most every view contact not yet linked needs a new Google contact (some may be
/// matched by email instead, so this is an upper bound); the plan warns when that passes the account's free room. Both
/// counts are reused like the other catalogue answers (<see cref="LiveCatalog"/>), so repeated validations do not spend
/// the org's credits. Any failure of the two calls only drops the warning: Configure does not fail for it.
/// </summary>
internal sealed class PlanLimitWarnings(
    ConnectionStore connections,
    LiveCatalog catalog,
    ISyncStateStore store,
    IOptions<RunSettings> settings,
    ILogger<PlanLimitWarnings> logger)
{
    /// <summary>The warnings of <paramref name="plan"/> (stored as <paramref name="planId"/>, "" when new).</summary>
    public async Task<IReadOnlyList<PlanCondition>> CheckAsync(SyncPlanDefinition plan, string planId, CancellationToken cancellationToken)
    {
        var limit = settings.Value.GoogleContactLimit;
        if (limit <= 0 || plan.Direction == SyncDirection.GoogleToCrm
            || !await connections.IsConfiguredAsync(StoredConnectionKind.Zoho, cancellationToken)
            || !await connections.IsConfiguredAsync(StoredConnectionKind.Google, cancellationToken))
        {
            return [];
        }

        long inView;
        long held;
        try
        {
            inView = await catalog.ZohoAsync("count of view " + plan.CrmViewId, zoho => zoho.CountContactsAsync(plan.CrmViewId, cancellationToken), cancellationToken);
            held = await catalog.GoogleAsync(plan.GoogleAccount, "count of contacts", google => google.TestAsync(cancellationToken), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ConnectionLog.LiveApiFailed(logger, "Zoho CRM/Google", "Counting contacts for the contact-limit warning", ex.GetType().Name, ExternalFailure.Code(ex));
            return [];
        }

        var linked = planId.Length == 0 ? 0 : await store.CountLinksAsync(planId, cancellationToken);
        var creates = Math.Max(0, inView - linked);
        if (held + creates <= limit)
        {
            return [];
        }

        var waiting = held + creates - limit;
        return
        [
            new PlanCondition(
                PlanCondition.GoogleContactLimit,
                $"The plan may pass the Google account's contact limit: the view has {inView} contacts ({linked} already linked), the Google account holds {held} of its {limit}; up to {waiting} contacts would wait.",
                waiting),
        ];
    }
}
