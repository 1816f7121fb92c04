using ContactSync.Server.Connections;
using ContactSync.Storage.Connections;
using ContactSync.Zoho;

namespace ContactSync.Server.Catalog;

/// <summary>
/// The CRM users as Zoho's users API reports them (GET /users?type=AllUsers, reused like every catalogue answer): their
/// emails are the default Google accounts of their plans.
/// </summary>
internal sealed class CrmUserDirectory(ConnectionStore connections, LiveCatalog catalog)
{
    /// <summary>The operation name of the users read (shared with the other readers of the users, so one answer serves all).</summary>
    public const string ReadUsers = "Reading the CRM users";

    /// <summary>Every CRM user (FAILED_PRECONDITION when the Zoho connection is not configured).</summary>
    public Task<IReadOnlyList<ZohoUser>> AllAsync(CancellationToken cancellationToken, Func<IReadOnlyList<ZohoUser>, bool>? accept = null) =>
        catalog.ZohoAsync(ReadUsers, zoho => zoho.GetUsersAsync(cancellationToken), cancellationToken, accept);

    /// <summary>The user with <paramref name="crmUserId"/>, or why there is none (no Zoho connection, no such user).</summary>
    public async Task<CrmUserLookup> FindAsync(string crmUserId, CancellationToken cancellationToken)
    {
        if (crmUserId.Length == 0 || !await connections.IsConfiguredAsync(StoredConnectionKind.Zoho, cancellationToken))
        {
            return new CrmUserLookup(false, null);
        }

        var users = await AllAsync(cancellationToken, list => list.Any(u => string.Equals(u.Id, crmUserId, StringComparison.Ordinal)));
        return new CrmUserLookup(true, users.FirstOrDefault(u => string.Equals(u.Id, crmUserId, StringComparison.Ordinal)));
    }
}
