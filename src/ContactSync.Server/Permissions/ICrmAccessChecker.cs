using ContactSync.Core.Plans;
using ContactSync.Zoho;

namespace ContactSync.Server.Permissions;

/// <summary>
/// S10: checks that a plan's CRM user holds the Google-Contacts sync permission and Contacts view/create/edit/delete (a
/// view-only user may only run CRM → Google), read from Zoho's users and profiles. Throws
/// <see cref="Application.AccessDeniedException"/> naming the missing permission.
/// </summary>
internal interface ICrmAccessChecker
{
    /// <summary>Checks the user for a plan of this direction and returns what the user may see.</summary>
    Task<CrmAccess> CheckAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken);
}
