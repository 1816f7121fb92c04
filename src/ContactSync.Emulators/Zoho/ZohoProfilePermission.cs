namespace ContactSync.Emulators.Zoho;

/// <summary>One <c>permissions_details</c> entry of a profile (Permission_Detail of profiles.json).</summary>
/// <param name="Name">name, e.g. Contacts_View.</param>
/// <param name="Label">display_label, e.g. View.</param>
/// <param name="Module">module, e.g. Contacts.</param>
/// <param name="Enabled">enabled.</param>
internal sealed record ZohoProfilePermission(string Name, string Label, string Module, bool Enabled);
