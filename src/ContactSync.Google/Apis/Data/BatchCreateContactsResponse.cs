using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>BatchCreateContactsResponse</c>: If not successful, returns BatchCreateContactsErrorDetails which contains a list of errors for each invalid contact.</summary>
public sealed class BatchCreateContactsResponse
{
    /// <summary>The contacts that were created, unless the request `read_mask` is empty.</summary>
    [JsonProperty("createdPeople")]
    public IList<PersonResponse>? CreatedPeople { get; set; }
}
