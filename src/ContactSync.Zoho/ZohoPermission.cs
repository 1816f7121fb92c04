namespace ContactSync.Zoho;

/// <summary>One entry of a profile's permissions_details.</summary>
/// <param name="Id">Permission id.</param>
/// <param name="Name">name, e.g. Crm_Implied_View_Contacts.</param>
/// <param name="DisplayLabel">display_label.</param>
/// <param name="Module">module, when module-specific.</param>
/// <param name="Enabled">Whether the profile has it.</param>
public sealed record ZohoPermission(string? Id, string Name, string? DisplayLabel, string? Module, bool Enabled);
