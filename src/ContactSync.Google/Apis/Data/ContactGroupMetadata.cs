using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ContactGroupMetadata</c>: The metadata about a contact group.</summary>
public sealed class ContactGroupMetadata
{
    /// <summary>Output only.</summary>
    [JsonProperty("updateTime")]
    public string? UpdateTime { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("deleted")]
    public bool? Deleted { get; set; }
}
