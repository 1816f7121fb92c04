using Google.Apis.Requests;
using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ContactGroup</c>: A contact group.</summary>
public sealed class ContactGroup : IDirectResponseSchema
{
    /// <summary>The resource name for the contact group, assigned by the server.</summary>
    [JsonProperty("resourceName")]
    public string? ResourceName { get; set; }

    /// <summary>The [HTTP entity tag](https://en.wikipedia.org/wiki/HTTP_ETag) of the resource.</summary>
    [JsonProperty("etag")]
    public string? ETag { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("metadata")]
    public ContactGroupMetadata? Metadata { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("groupType")]
    public string? GroupType { get; set; }

    /// <summary>The contact group name set by the group owner or a system provided name for system groups.</summary>
    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedName")]
    public string? FormattedName { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("memberResourceNames")]
    public IList<string>? MemberResourceNames { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("memberCount")]
    public int? MemberCount { get; set; }

    /// <summary>The group's client data.</summary>
    [JsonProperty("clientData")]
    public IList<GroupClientData>? ClientData { get; set; }
}
