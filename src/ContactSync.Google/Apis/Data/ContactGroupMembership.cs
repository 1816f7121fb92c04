using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ContactGroupMembership</c>: A Google contact group membership.</summary>
public sealed class ContactGroupMembership
{
    /// <summary>The resource name for the contact group, assigned by the server.</summary>
    [JsonProperty("contactGroupResourceName")]
    public string? ContactGroupResourceName { get; set; }
}
