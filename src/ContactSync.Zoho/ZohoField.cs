namespace ContactSync.Zoho;

/// <summary>Metadata of one Contacts field (GET /settings/fields).</summary>
/// <param name="Id">The field id.</param>
/// <param name="ApiName">API name, e.g. Last_Name.</param>
/// <param name="Label">field_label.</param>
/// <param name="DataType">data_type, e.g. text, email, phone, picklist, date, datetime, lookup.</param>
/// <param name="JsonType">json_type, e.g. string, jsonobject, boolean.</param>
/// <param name="Length">Maximum length, when given.</param>
/// <param name="Custom">custom_field.</param>
/// <param name="ReadOnly">read_only or field_read_only.</param>
/// <param name="Mandatory">system_mandatory.</param>
/// <param name="PickListValues">actual values of a picklist (empty otherwise).</param>
public sealed record ZohoField(
    string? Id,
    string ApiName,
    string? Label,
    string? DataType,
    string? JsonType,
    int? Length,
    bool Custom,
    bool ReadOnly,
    bool Mandatory,
    IReadOnlyList<string> PickListValues);
