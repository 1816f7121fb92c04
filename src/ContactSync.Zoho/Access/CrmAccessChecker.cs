using ContactSync.Core.Plans;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactSync.Zoho.Access;

/// <summary>
/// S10 against the live CRM (rules in <see cref="CrmPermissions"/>): reads the user (GET /users) and their status, their
/// profile's permissions (GET /settings/profiles/{id}) and, for non-administrators, the role hierarchy (GET /settings/roles)
/// to know whose records they see. Stateless: callers keep the result for a run. A failed read throws
/// <see cref="CrmAccessReadException"/> naming it, so the caller can say which read failed and why.
/// </summary>
internal sealed class CrmAccessChecker(ILogger<CrmAccessChecker> logger, IOptions<CrmPermissionSettings> settings) : ICrmAccessChecker
{
    public async Task<CrmAccess> CheckAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken)
    {
        var (user, profile, users) = await ReadPermissionsAsync(zoho, crmUserId, direction, cancellationToken);
        if (CrmPermissions.IsAdministrator(profile))
        {
            ZohoAccessLog.CrmAccessGranted(logger, user.Id, CrmPermissions.Describe(direction), "every record (administrator)");
            return new CrmAccess(user.Id, null) { Email = user.Email ?? "" };
        }

        var roles = await ReadAsync("Reading the CRM role hierarchy", () => zoho.GetRolesAsync(cancellationToken), cancellationToken);
        var visible = OwnerVisibility.Compute(user, users, roles);
        ZohoAccessLog.CrmAccessGranted(logger, user.Id, CrmPermissions.Describe(direction), $"records of {visible.Count} owner(s)");
        return new CrmAccess(user.Id, visible) { Email = user.Email ?? "" };
    }

    public Task EnsurePermissionsAsync(ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken) =>
        ReadPermissionsAsync(zoho, crmUserId, direction, cancellationToken);

    /// <summary>
    /// The permission part: throws <see cref="CrmAccessDeniedException"/> for an unknown or inactive user, a missing Contacts
    /// permission or a listed but disabled integration permission, naming the rule that applied.
    /// </summary>
    private async Task<(ZohoUser User, ZohoProfile Profile, IReadOnlyList<ZohoUser> Users)> ReadPermissionsAsync(
        ZohoCrmClient zoho, string crmUserId, SyncDirection direction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zoho);
        var id = crmUserId.Trim();
        var users = await ReadAsync("Reading the CRM users", () => zoho.GetUsersAsync(cancellationToken), cancellationToken);
        var user = users.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.Ordinal))
            ?? throw Denied(id, direction, "user", $"CRM user {id} not found.");
        if (user.Status is { Length: > 0 } status && !string.Equals(status, "active", StringComparison.OrdinalIgnoreCase))
        {
            throw Denied(id, direction, CrmPermissions.ActiveUserRule,
                $"CRM user {id} is not active (status '{status}'). Rule '{CrmPermissions.ActiveUserRule}': only an active CRM user can sync.");
        }

        if (user.ProfileId is not { Length: > 0 } profileId)
        {
            throw Denied(id, direction, CrmPermissions.ContactsViewRule,
                $"CRM user {id} has no profile, so none of the permissions needed for syncing. Rule '{CrmPermissions.ContactsViewRule}': every plan needs Contacts view.");
        }

        var profile = await ReadAsync("Reading the CRM user's profile", () => zoho.GetProfileAsync(profileId, cancellationToken), cancellationToken);
        var violations = new List<string>();
        var rules = new List<string>();
        if (CrmPermissions.Integration(profile, settings.Value.GoogleSyncPermission) is { Enabled: false } integration)
        {
            rules.Add(CrmPermissions.IntegrationRule);
            violations.Add(CrmPermissions.IntegrationViolation(integration));
        }

        var missing = CrmPermissions.Missing(profile, direction);
        if (missing.Count > 0)
        {
            rules.Add(missing.Contains(CrmPermissions.View) ? CrmPermissions.ContactsViewRule : CrmPermissions.ViewOnlyRule);
            violations.Add(CrmPermissions.ContactsViolation(direction, missing));
        }

        if (violations.Count > 0)
        {
            throw Denied(id, direction, string.Join("; ", rules), CrmPermissions.DeniedMessage(user, profile, direction, violations));
        }

        return (user, profile, users);
    }

    /// <summary>One read of Zoho: its failure (not a cancellation of ours) becomes <see cref="CrmAccessReadException"/>.</summary>
    private static async Task<T> ReadAsync<T>(string operation, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException { InnerException: null } && !cancellationToken.IsCancellationRequested)
        {
            throw new CrmAccessReadException(operation, ex);
        }
    }

    private CrmAccessDeniedException Denied(string crmUserId, SyncDirection direction, string rule, string message)
    {
        ZohoAccessLog.CrmAccessDenied(logger, crmUserId, CrmPermissions.Describe(direction), rule);
        return new CrmAccessDeniedException(message, crmUserId, rule);
    }
}
