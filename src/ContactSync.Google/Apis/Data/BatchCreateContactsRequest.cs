using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>BatchCreateContactsRequest</c>: A request to create a batch of contacts.</summary>
public sealed class BatchCreateContactsRequest
{
    /// <summary>Required.</summary>
    [JsonProperty("contacts")]
    public IList<ContactToCreate>? Contacts { get; set; }

    /// <summary>Required.</summary>
    [JsonProperty("readMask")]
    public string? ReadMask { get; set; }

    /// <summary>Optional.</summary>
    [JsonProperty("sources")]
    public IList<string>? Sources { get; set; }
}
