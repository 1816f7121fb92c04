using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>CreateContactGroupRequest</c>: A request to create a new contact group.</summary>
public sealed class CreateContactGroupRequest
{
    /// <summary>Required.</summary>
    [JsonProperty("contactGroup")]
    public ContactGroup? ContactGroup { get; set; }

    /// <summary>Optional.</summary>
    [JsonProperty("readGroupFields")]
    public string? ReadGroupFields { get; set; }
}
