using ContactSync.Core.Plans;

namespace ContactSync.Zoho.Access;

/// <summary>
/// The port of S10, Zoho's permission and visibility rules for a plan's CRM user: active, Contacts view (and create, edit,
/// delete for plans that write the CRM; a view-only user may only run CRM → Google), the Google-sync integration
/// permission where the profile lists it (<see cref="CrmPermissionSettings"/>), and whose records the user sees through the
/// role hierarchy. Read from Zoho's users, profiles and roles with the client given.
/// </summary>
/// <remarks>
/// A denial throws <see cref="CrmAccessDeniedException"/> naming the rules that applied; a failed read of Zoho throws
/// <see cref="CrmAccessReadException"/> naming the read, with Zoho's failure inside. The check keeps nothing: callers
/// reuse a result as long as they see fit.
/// </remarks>
public interface ICrmAccessChecker
{
    /// <summary>Checks the user for a plan of this direction and returns what the user may see.</summary>
    Task<CrmAccess> CheckAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken);

    /// <summary>The permission part of <see cref="CheckAsync"/> only (no role hierarchy is read).</summary>
    Task EnsurePermissionsAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken);
}
