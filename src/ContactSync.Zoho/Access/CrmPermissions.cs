using ContactSync.Core.Plans;

namespace ContactSync.Zoho.Access;

/// <summary>
/// S10 rules, as Zoho documents them: the plan's CRM user is active; their profile has Contacts view, and for plans that
/// write the CRM (bidirectional, Google → CRM) also Contacts create, edit and delete — so a view-only user may only use
/// CRM → Google; the Google-sync integration permission (a setting, see <see cref="CrmPermissionSettings"/>) is enforced only
/// where the profile lists it. Records are seen through the role hierarchy (<see cref="OwnerVisibility"/>).
/// Every denial names the rule that applied.
/// </summary>
internal static class CrmPermissions
{
    /// <summary>Rule: only an active CRM user syncs.</summary>
    public const string ActiveUserRule = "active CRM user";

    /// <summary>Rule: every plan needs Contacts view (and a profile that says so).</summary>
    public const string ContactsViewRule = "Contacts view";

    /// <summary>Rule: a plan that writes the CRM needs Contacts create, edit and delete; without them only CRM → Google.</summary>
    public const string ViewOnlyRule = "view-only users sync CRM → Google only";

    /// <summary>Rule: a Google-sync integration permission the profile lists must be enabled.</summary>
    public const string IntegrationRule = "Google-sync integration permission";

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

    /// <summary>The Contacts permissions a plan of <paramref name="direction"/> needs.</summary>
    public static IReadOnlyList<CrmPermission> RequiredFor(SyncDirection direction) =>
        direction == SyncDirection.CrmToGoogle ? [View] : [View, Create, Edit, Delete];

    /// <summary>The permissions of <see cref="RequiredFor"/> that <paramref name="profile"/> lacks, in a stable order.</summary>
    public static IReadOnlyList<CrmPermission> Missing(ZohoProfile profile, SyncDirection direction)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return RequiredFor(direction).Where(p => !profile.IsEnabled(p.Name) && !p.Aliases.Any(profile.IsEnabled)).ToList();
    }

    /// <summary>
    /// The profile's entry for the configured integration permission (matched by name or display label), or null when the
    /// profile does not list it or no permission is configured (then nothing is enforced).
    /// </summary>
    public static ZohoPermission? Integration(ZohoProfile profile, string? configuredName)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var wanted = configuredName?.Trim() ?? "";
        return wanted.Length == 0
            ? null
            : profile.Permissions.FirstOrDefault(p =>
                string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(p.DisplayLabel, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the profile is the administrator profile (sees every record).</summary>
    public static bool IsAdministrator(ZohoProfile profile) =>
        string.Equals(profile.Name, AdministratorProfile, StringComparison.OrdinalIgnoreCase);

    /// <summary>The sentence of a denial by the Contacts rules: view missing, or (view present) the view-only rule.</summary>
    public static string ContactsViolation(SyncDirection direction, IReadOnlyList<CrmPermission> missing)
    {
        var names = string.Join(", ", missing.Select(p => $"{p.Name} ({p.Description})"));
        return missing.Contains(View)
            ? $"Rule '{ContactsViewRule}': the profile lacks {names}, needed for every plan."
            : $"Rule '{ViewOnlyRule}': the profile lacks {names}, needed for {Describe(direction)} plans; a user without Contacts create, edit and delete may only use CRM → Google plans.";
    }

    /// <summary>The sentence of a denial by the integration rule.</summary>
    public static string IntegrationViolation(ZohoPermission listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var label = listed.DisplayLabel is { Length: > 0 } l && !string.Equals(l, listed.Name, StringComparison.Ordinal) ? $" ('{l}')" : "";
        return $"Rule '{IntegrationRule}': the profile lists the permission {listed.Name}{label} and it is disabled; enable it in the profile " +
            $"(the permission checked is the setting {CrmPermissionSettings.SectionName}:{nameof(CrmPermissionSettings.GoogleSyncPermission)}).";
    }

    /// <summary>The PermissionDenied message: who, which plan kind, and each rule that applied.</summary>
    public static string DeniedMessage(ZohoUser user, ZohoProfile profile, SyncDirection direction, IReadOnlyList<string> violations)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(profile);
        return $"CRM user {user.Id} (profile '{profile.Name}') may not use {Describe(direction)} plans. {string.Join(" ", violations)}";
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
