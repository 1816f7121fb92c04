using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Nickname</c>: A person's nickname.</summary>
public sealed class Nickname
{
    /// <summary>Metadata about the nickname.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The nickname.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }

    /// <summary>The type of the nickname.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }
}
