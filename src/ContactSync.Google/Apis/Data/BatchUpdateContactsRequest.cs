using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>BatchUpdateContactsRequest</c>: A request to update a batch of contacts.</summary>
public sealed class BatchUpdateContactsRequest
{
    /// <summary>Required.</summary>
    [JsonProperty("contacts")]
    public IDictionary<string, Person>? Contacts { get; set; }

    /// <summary>Required.</summary>
    [JsonProperty("updateMask")]
    public string? UpdateMask { get; set; }

    /// <summary>Required.</summary>
    [JsonProperty("readMask")]
    public string? ReadMask { get; set; }

    /// <summary>Optional.</summary>
    [JsonProperty("sources")]
    public IList<string>? Sources { get; set; }
}
