using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ModifyContactGroupMembersRequest</c>: A request to modify an existing contact group's members.</summary>
public sealed class ModifyContactGroupMembersRequest
{
    /// <summary>Optional.</summary>
    [JsonProperty("resourceNamesToAdd")]
    public IList<string>? ResourceNamesToAdd { get; set; }

    /// <summary>Optional.</summary>
    [JsonProperty("resourceNamesToRemove")]
    public IList<string>? ResourceNamesToRemove { get; set; }
}
