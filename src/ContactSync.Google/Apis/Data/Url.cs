using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Url</c>: A person's associated URLs.</summary>
public sealed class Url
{
    /// <summary>Metadata about the URL.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The URL.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }

    /// <summary>The type of the URL.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedType")]
    public string? FormattedType { get; set; }
}
