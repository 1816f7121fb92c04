using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ClientData</c>: Arbitrary client data that is populated by clients.</summary>
public sealed class ClientData
{
    /// <summary>Metadata about the client data.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The client specified key of the client data.</summary>
    [JsonProperty("key")]
    public string? Key { get; set; }

    /// <summary>The client specified value of the client data.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }
}
