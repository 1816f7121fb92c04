using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ListContactGroupsResponse</c>: The response to a list contact groups request.</summary>
public sealed class ListContactGroupsResponse
{
    /// <summary>The list of contact groups.</summary>
    [JsonProperty("contactGroups")]
    public IList<ContactGroup>? ContactGroups { get; set; }

    /// <summary>The total number of items in the list without pagination.</summary>
    [JsonProperty("totalItems")]
    public int? TotalItems { get; set; }

    /// <summary>The token that can be used to retrieve the next page of results.</summary>
    [JsonProperty("nextPageToken")]
    public string? NextPageToken { get; set; }

    /// <summary>The token that can be used to retrieve changes since the last request.</summary>
    [JsonProperty("nextSyncToken")]
    public string? NextSyncToken { get; set; }
}
