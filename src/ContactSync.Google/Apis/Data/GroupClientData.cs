using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>GroupClientData</c>: Arbitrary client data that is populated by clients.</summary>
public sealed class GroupClientData
{
    /// <summary>The client specified key of the client data.</summary>
    [JsonProperty("key")]
    public string? Key { get; set; }

    /// <summary>The client specified value of the client data.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }
}
