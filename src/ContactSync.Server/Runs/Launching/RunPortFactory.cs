using ContactSync.Core.Diagnostics;
using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;
using ContactSync.Google.Sync;
using ContactSync.Server.Connections;
using ContactSync.Server.Plans;
using ContactSync.Server.Quotas;
using ContactSync.Zoho.Sync;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// The ports of a run on the stored connections: a Zoho client (its user checked by <see cref="CrmAccessCache"/>, whose
/// answer limits the records the plan sees) and a Google client acting for the plan's Google account — which must be the
/// CRM user's own unless an admin assigned it (<see cref="GoogleAccountAccess"/>) — each wrapped in the engine's port with
/// the plan's view, group and field map.
/// </summary>
internal sealed class RunPortFactory(ISyncClientFactory clients, CrmAccessCache access) : IRunPortFactory
{
    public async Task<RunPorts> CreateAsync(StoredSyncPlan plan, IApiCallObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var definition = plan.Definition;
        var zoho = await clients.CreateZohoAsync(observer, cancellationToken);
        var crmAccess = await access.CheckAsync(zoho, definition, cancellationToken);
        var visible = crmAccess.VisibleOwnerIds;
        var google = await clients.CreateGoogleAsync(observer, definition.GoogleAccount, cancellationToken);
        try
        {
            GoogleAccountAccess.EnsureMayUse(definition, plan.GoogleAccountAssigned, crmAccess.Email, google.Account);
            var crm = new ZohoContactsPort(zoho, new ZohoPortOptions(
                definition.CrmViewId,
                definition.FieldMappings.Select(m => m.CrmField).ToList(),
                definition.CrmUserId,
                visible,
                string.IsNullOrEmpty(definition.CrmGoogleRefField) ? null : definition.CrmGoogleRefField));
            var contacts = new GoogleContactsPort(google.Client, new GooglePortOptions(
                definition.GoogleGroup,
                definition.FieldMappings.Select(m => GoogleFieldPath.Parse(m.GoogleField)).ToList()));
            var quota = new RunQuotaView(zoho.Pacing?.CostModel, google.Client.Pacing?.CostModel,
                async ct => await zoho.CountContactsAsync(definition.CrmViewId, ct), contacts.CountContactsAsync);
            return new RunPorts(crm, contacts, google, quota) { GoogleAccount = google.Account };
        }
        catch
        {
            google.Dispose();
            throw;
        }
    }
}
