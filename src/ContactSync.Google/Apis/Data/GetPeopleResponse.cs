using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>GetPeopleResponse</c>: The response to a get request for a list of people by resource name.</summary>
public sealed class GetPeopleResponse
{
    /// <summary>The response for each requested resource name.</summary>
    [JsonProperty("responses")]
    public IList<PersonResponse>? Responses { get; set; }
}
