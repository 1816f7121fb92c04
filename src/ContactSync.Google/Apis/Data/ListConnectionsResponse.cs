using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ListConnectionsResponse</c>: The response to a request for the authenticated user's connections.</summary>
public sealed class ListConnectionsResponse
{
    /// <summary>The list of people that the requestor is connected to.</summary>
    [JsonProperty("connections")]
    public IList<Person>? Connections { get; set; }

    /// <summary>A token, which can be sent as `page_token` to retrieve the next page.</summary>
    [JsonProperty("nextPageToken")]
    public string? NextPageToken { get; set; }

    /// <summary>A token, which can be sent as `sync_token` to retrieve changes since the last request.</summary>
    [JsonProperty("nextSyncToken")]
    public string? NextSyncToken { get; set; }

    /// <summary>The total number of items in the list without pagination.</summary>
    [JsonProperty("totalItems")]
    public int? TotalItems { get; set; }
}
