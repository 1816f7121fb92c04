namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Permission names reported in <c>GET /crm/v8/settings/profiles/{id}</c> → <c>profiles[0].permissions_details[]</c>
/// (schema <c>Permission_Detail</c> of profiles.json: id, enabled, name, display_label, module). The OAS files do not
/// enumerate permission names, so the emulator uses these (module-scoped names follow Zoho's {Module}_{Action} pattern):
/// <c>Contacts_View</c>, <c>Contacts_Create</c>, <c>Contacts_Edit</c>, <c>Contacts_Delete</c> (module "Contacts") and
/// <c>Crm_Implied_Sync_Google_Contacts</c> (display label "Sync with Google Contacts", module "Contacts").
/// </summary>
internal static class ZohoPermissions
{
    public const string View = "Contacts_View";
    public const string Create = "Contacts_Create";
    public const string Edit = "Contacts_Edit";
    public const string Delete = "Contacts_Delete";
    public const string GoogleSync = "Crm_Implied_Sync_Google_Contacts";

    public static readonly IReadOnlyList<(string Name, string Label)> All =
    [
        (View, "View"), (Create, "Create"), (Edit, "Edit"), (Delete, "Delete"), (GoogleSync, "Sync with Google Contacts"),
    ];
}
