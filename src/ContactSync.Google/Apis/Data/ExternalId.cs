using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ExternalId</c>: An identifier from an external entity related to the person.</summary>
public sealed class ExternalId
{
    /// <summary>Metadata about the external ID.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The value of the external ID.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }

    /// <summary>The type of the external ID.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedType")]
    public string? FormattedType { get; set; }
}
