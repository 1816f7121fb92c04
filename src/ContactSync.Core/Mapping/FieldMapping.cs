namespace ContactSync.Core.Mapping;

/// <summary>One mapping between a Zoho CRM field and a Google field path.</summary>
/// <param name="CrmField">The CRM field API name, e.g. "Mobile" or a custom "Customer_Tier".</param>
/// <param name="GoogleField">The Google path in any accepted form (see <see cref="GoogleFieldPath"/>).</param>
/// <param name="Direction">Narrows the plan's direction for this field.</param>
public sealed record FieldMapping(string CrmField, string GoogleField, MappingDirection Direction = MappingDirection.Both)
{
    /// <summary>The stable key of the mapping, used for snapshots: "CrmField|canonical Google path".</summary>
    public string Key => $"{CrmField}|{GoogleFieldPath.Parse(GoogleField).Canonical}";
}
