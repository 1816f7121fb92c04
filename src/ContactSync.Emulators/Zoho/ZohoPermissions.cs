namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Permission names reported in <c>GET /crm/v8/settings/profiles/{id}</c> → <c>profiles[0].permissions_details[]</c>
/// (schema <c>Permission_Detail</c> of profiles.json: id, enabled, name, display_label, module). The OAS files do not
/// enumerate permission names; Zoho's help names the Contacts permissions View/Create/Edit/Delete, which the emulator lists
/// for every profile with the module-scoped names <c>Contacts_View</c>, <c>Contacts_Create</c>, <c>Contacts_Edit</c>,
/// <c>Contacts_Delete</c> (module "Contacts"). Zoho's help also mentions a profile permission "Sync with Google Contacts",
/// but no document gives its API name, so no profile lists it by default: a test lists one under a name and label of its
/// choosing through <see cref="ZohoEmulatorState.SetProfilePermission"/>.
/// </summary>
internal static class ZohoPermissions
{
    public const string View = "Contacts_View";
    public const string Create = "Contacts_Create";
    public const string Edit = "Contacts_Edit";
    public const string Delete = "Contacts_Delete";

    /// <summary>The Contacts module permissions every profile lists, with their display labels.</summary>
    public static readonly IReadOnlyList<(string Name, string Label)> Contacts =
    [
        (View, "View"), (Create, "Create"), (Edit, "Edit"), (Delete, "Delete"),
    ];

    /// <summary>The Contacts permissions, each enabled when <paramref name="enabled"/> says so.</summary>
    public static IReadOnlyList<ZohoProfilePermission> ContactsWith(Func<string, bool> enabled) =>
        Contacts.Select(p => new ZohoProfilePermission(p.Name, p.Label, "Contacts", enabled(p.Name))).ToList();
}
