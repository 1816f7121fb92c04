using ContactSync.Core.Diagnostics;
using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;
using ContactSync.Google.Sync;
using ContactSync.Server.Connections;
using ContactSync.Server.Quotas;
using ContactSync.Zoho.Sync;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// The ports of a run on the stored connections: a Zoho client (its user checked by <see cref="CrmAccessCache"/>, whose
/// answer limits the records the plan sees) and a Google client, each wrapped in the engine's port with the plan's view,
/// group and field map.
/// </summary>
internal sealed class RunPortFactory(ISyncClientFactory clients, CrmAccessCache access) : IRunPortFactory
{
    public async Task<RunPorts> CreateAsync(StoredSyncPlan plan, IApiCallObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var definition = plan.Definition;
        var zoho = await clients.CreateZohoAsync(observer, cancellationToken);
        var visible = (await access.CheckAsync(zoho, definition, cancellationToken)).VisibleOwnerIds;
        var google = await clients.CreateGoogleAsync(observer, cancellationToken);
        try
        {
            var crm = new ZohoContactsPort(zoho, new ZohoPortOptions(
                definition.CrmViewId,
                definition.FieldMappings.Select(m => m.CrmField).ToList(),
                definition.CrmUserId,
                visible,
                string.IsNullOrEmpty(definition.CrmGoogleRefField) ? null : definition.CrmGoogleRefField));
            var contacts = new GoogleContactsPort(google, new GooglePortOptions(
                definition.GoogleGroup,
                definition.FieldMappings.Select(m => GoogleFieldPath.Parse(m.GoogleField)).ToList()));
            var quota = new RunQuotaView(zoho.Pacing?.CostModel, google.Pacing?.CostModel,
                async ct => await zoho.CountContactsAsync(definition.CrmViewId, ct), contacts.CountContactsAsync);
            return new RunPorts(crm, contacts, google, quota);
        }
        catch
        {
            google.Dispose();
            throw;
        }
    }
}
