using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Biography</c>: A person's short biography.</summary>
public sealed class Biography
{
    /// <summary>Metadata about the biography.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The short biography.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }

    /// <summary>The content type of the biography.</summary>
    [JsonProperty("contentType")]
    public string? ContentType { get; set; }
}
