using ContactSync.Core.Diagnostics;
using ContactSync.Core.Mapping;
using ContactSync.Core.Plans;
using ContactSync.Google.Sync;
using ContactSync.Server.Connections;
using ContactSync.Server.Plans;
using ContactSync.Server.Quotas;
using ContactSync.Zoho;
using ContactSync.Zoho.Access;
using ContactSync.Zoho.Sync;

namespace ContactSync.Server.Runs.Launching;

/// <summary>
/// The ports of a run on the stored connections: a Zoho client (its user checked by <see cref="CrmAccessCache"/>, whose
/// answer limits the records the plan sees) and a Google client acting for the plan's Google account — which must be the
/// CRM user's own unless an admin assigned it (<see cref="GoogleAccountAccess"/>) — each wrapped in the engine's port with
/// the plan's view, group and field map. A user who sees only some owners' records, on the system "All Contacts" view, reads
/// only those owners' records (COQL, <see cref="ZohoPortOptions.ReadOwnersOnly"/>); on a view with criteria of its own the
/// view is read and filtered by owner as before (COQL cannot name a view, and re-writing the view's criteria is not attempted).
/// </summary>
internal sealed class RunPortFactory(ISyncClientFactory clients, CrmAccessCache access, CrmViewKinds views) : IRunPortFactory
{
    public async Task<RunPorts> CreateAsync(StoredSyncPlan plan, IApiCallObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var definition = plan.Definition;

        // The Google client's connection is read while the Zoho side is built and checked (two round trips at once); a
        // Zoho problem is still the one reported first.
        var pendingGoogle = clients.CreateGoogleAsync(observer, definition.GoogleAccount, cancellationToken);
        ZohoCrmClient zoho;
        CrmAccess crmAccess;
        bool ownersOnly;
        try
        {
            zoho = await clients.CreateZohoAsync(observer, cancellationToken);
            crmAccess = await access.CheckAsync(zoho, definition, cancellationToken);
            ownersOnly = crmAccess.VisibleOwnerIds is { Count: > 0 } && await views.IsAllRecordsViewAsync(zoho, definition.CrmViewId, cancellationToken);
        }
        catch
        {
            await GiveBackAsync(pendingGoogle);
            throw;
        }

        var visible = crmAccess.VisibleOwnerIds;
        var google = await pendingGoogle;
        try
        {
            GoogleAccountAccess.EnsureMayUse(definition, plan.GoogleAccountAssigned, crmAccess.Email, google.Account);
            var crm = new ZohoContactsPort(zoho, new ZohoPortOptions(
                definition.CrmViewId,
                definition.FieldMappings.Select(m => m.CrmField).ToList(),
                definition.CrmUserId,
                visible,
                string.IsNullOrEmpty(definition.CrmGoogleRefField) ? null : definition.CrmGoogleRefField) { ReadOwnersOnly = ownersOnly });
            var contacts = new GoogleContactsPort(google.Client, new GooglePortOptions(
                definition.GoogleGroup,
                definition.FieldMappings.Select(m => GoogleFieldPath.Parse(m.GoogleField)).ToList()));
            var quota = new RunQuotaView(zoho.Pacing?.CostModel, google.Client.Pacing?.CostModel,
                async ct => crm.ReadsOwnersOnly ? await zoho.CountContactsByOwnersAsync(visible!, ct) : await zoho.CountContactsAsync(definition.CrmViewId, ct),
                contacts.CountContactsAsync) { CrmReadsOwnersOnly = crm.ReadsOwnersOnly };
            return new RunPorts(crm, contacts, google, quota) { GoogleAccount = google.Account };
        }
        catch
        {
            google.Dispose();
            throw;
        }
    }

    /// <summary>Disposes the Google client once built; its own error, if any, is dropped (the Zoho side's is reported).</summary>
    private static async Task GiveBackAsync(Task<GoogleAccountClient> pending)
    {
        try
        {
            (await pending).Dispose();
        }
        catch (Exception)
        {
            // Reported instead: the error that made the start give the client back.
        }
    }
}
