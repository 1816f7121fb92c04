using ContactSync.Core.Plans;
using ContactSync.Zoho;

namespace ContactSync.Server.Permissions;

/// <summary>
/// S10 rules: every plan's CRM user needs the Google-Contacts sync permission and Contacts view; plans that write the
/// CRM (bidirectional, Google → CRM) also need Contacts create, edit and delete. A view-only user may therefore only
/// use CRM → Google.
/// </summary>
internal static class CrmPermissions
{
    /// <summary>"Sync with Google Contacts".</summary>
    public static readonly CrmPermission GoogleSync = new("Crm_Implied_Sync_Google_Contacts", "sync with Google Contacts", []);

    /// <summary>Contacts: view.</summary>
    public static readonly CrmPermission View = new("Contacts_View", "view Contacts", ["Crm_Implied_View_Contacts"]);

    /// <summary>Contacts: create.</summary>
    public static readonly CrmPermission Create = new("Contacts_Create", "create Contacts", ["Crm_Implied_Create_Contacts"]);

    /// <summary>Contacts: edit.</summary>
    public static readonly CrmPermission Edit = new("Contacts_Edit", "edit Contacts", ["Crm_Implied_Edit_Contacts"]);

    /// <summary>Contacts: delete.</summary>
    public static readonly CrmPermission Delete = new("Contacts_Delete", "delete Contacts", ["Crm_Implied_Delete_Contacts"]);

    /// <summary>The profile name of administrators, who see every record.</summary>
    public const string AdministratorProfile = "Administrator";

    /// <summary>The permissions a plan of <paramref name="direction"/> needs.</summary>
    public static IReadOnlyList<CrmPermission> RequiredFor(SyncDirection direction) =>
        direction == SyncDirection.CrmToGoogle ? [GoogleSync, View] : [GoogleSync, View, Create, Edit, Delete];

    /// <summary>The permissions of <see cref="RequiredFor"/> that <paramref name="profile"/> lacks, in a stable order.</summary>
    public static IReadOnlyList<CrmPermission> Missing(ZohoProfile profile, SyncDirection direction)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return RequiredFor(direction).Where(p => !profile.IsEnabled(p.Name) && !p.Aliases.Any(profile.IsEnabled)).ToList();
    }

    /// <summary>Whether the profile is the administrator profile (sees every record).</summary>
    public static bool IsAdministrator(ZohoProfile profile) =>
        string.Equals(profile.Name, AdministratorProfile, StringComparison.OrdinalIgnoreCase);

    /// <summary>The PermissionDenied message naming what is missing.</summary>
    public static string DeniedMessage(ZohoUser user, ZohoProfile profile, SyncDirection direction, IReadOnlyList<CrmPermission> missing)
    {
        var names = string.Join(", ", missing.Select(p => $"{p.Name} ({p.Description})"));
        var message = $"CRM user {user.Id} (profile '{profile.Name}') lacks the permission(s) {names} needed for {Describe(direction)} plans.";
        var onlyWrites = missing.All(p => p != GoogleSync && p != View);
        return onlyWrites ? message + " A view-only user may only use CRM → Google plans." : message;
    }

    /// <summary>The direction in words.</summary>
    public static string Describe(SyncDirection direction) => direction switch
    {
        SyncDirection.CrmToGoogle => "CRM → Google",
        SyncDirection.GoogleToCrm => "Google → CRM",
        SyncDirection.Bidirectional => "bidirectional",
        _ => direction.ToString(),
    };
}
