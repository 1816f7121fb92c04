using ContactSync.Core.Plans;
using ContactSync.Zoho;

namespace ContactSync.Server.Permissions;

/// <summary>
/// S10: checks that a plan's CRM user is active and holds Contacts view/create/edit/delete (a view-only user may only run
/// CRM → Google) and, where the profile lists it, the Google-sync integration permission, read from Zoho's users and
/// profiles. Throws <see cref="Application.AccessDeniedException"/> naming the rule that applied.
/// </summary>
internal interface ICrmAccessChecker
{
    /// <summary>Checks the user for a plan of this direction and returns what the user may see.</summary>
    Task<CrmAccess> CheckAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken);
}
