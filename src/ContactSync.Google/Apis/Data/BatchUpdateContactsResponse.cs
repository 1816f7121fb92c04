using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>BatchUpdateContactsResponse</c>: If not successful, returns BatchUpdateContactsErrorDetails, a list of errors corresponding to each contact.</summary>
public sealed class BatchUpdateContactsResponse
{
    /// <summary>A map of resource names to the contacts that were updated, unless the request `read_mask` is empty.</summary>
    [JsonProperty("updateResult")]
    public IDictionary<string, PersonResponse>? UpdateResult { get; set; }
}
