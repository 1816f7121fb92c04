using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>BatchDeleteContactsRequest</c>: A request to delete a batch of existing contacts.</summary>
public sealed class BatchDeleteContactsRequest
{
    /// <summary>Required.</summary>
    [JsonProperty("resourceNames")]
    public IList<string>? ResourceNames { get; set; }
}
