using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>FieldMetadata</c>: Metadata about a field.</summary>
public sealed class FieldMetadata
{
    /// <summary>Output only.</summary>
    [JsonProperty("primary")]
    public bool? Primary { get; set; }

    /// <summary>True if the field is the primary field for the source.</summary>
    [JsonProperty("sourcePrimary")]
    public bool? SourcePrimary { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("verified")]
    public bool? Verified { get; set; }

    /// <summary>The source of the field.</summary>
    [JsonProperty("source")]
    public Source? Source { get; set; }
}
