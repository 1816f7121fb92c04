using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Membership</c>: A person's membership in a group.</summary>
public sealed class Membership
{
    /// <summary>Metadata about the membership.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The contact group membership.</summary>
    [JsonProperty("contactGroupMembership")]
    public ContactGroupMembership? ContactGroupMembership { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("domainMembership")]
    public DomainMembership? DomainMembership { get; set; }
}
