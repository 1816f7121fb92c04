using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ModifyContactGroupMembersResponse</c>: The response to a modify contact group members request.</summary>
public sealed class ModifyContactGroupMembersResponse
{
    /// <summary>The contact people resource names that were not found.</summary>
    [JsonProperty("notFoundResourceNames")]
    public IList<string>? NotFoundResourceNames { get; set; }

    /// <summary>The contact people resource names that cannot be removed from their last contact group.</summary>
    [JsonProperty("canNotRemoveLastContactGroupResourceNames")]
    public IList<string>? CanNotRemoveLastContactGroupResourceNames { get; set; }
}
