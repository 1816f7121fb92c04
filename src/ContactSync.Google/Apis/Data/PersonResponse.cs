using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>PersonResponse</c>: The response for a single person.</summary>
public sealed class PersonResponse
{
    /// <summary>The person.</summary>
    [JsonProperty("person")]
    public Person? Person { get; set; }

    /// <summary>The original requested resource name.</summary>
    [JsonProperty("requestedResourceName")]
    public string? RequestedResourceName { get; set; }

    /// <summary>The status of the response.</summary>
    [JsonProperty("status")]
    public Status? Status { get; set; }
}
