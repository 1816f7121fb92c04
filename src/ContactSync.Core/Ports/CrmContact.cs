namespace ContactSync.Core.Ports;

/// <summary>A Zoho CRM contact as the engine sees it: mapped field values as normalised text.</summary>
/// <param name="Id">The CRM record id.</param>
/// <param name="ModifiedTime">Modified_Time as an instant.</param>
/// <param name="Values">Field API name → value as text ("" or absent when empty). Lookups are their name, dates yyyy-MM-dd.</param>
/// <param name="GoogleRef">The Google resource name kept in the plan's cross-reference field, if any.</param>
public sealed record CrmContact(string Id, DateTimeOffset ModifiedTime, IReadOnlyDictionary<string, string> Values, string? GoogleRef = null)
{
    /// <summary>The value of a field, "" when absent.</summary>
    public string this[string field] => Values.TryGetValue(field, out var value) ? value : "";
}
