using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>PhoneNumber</c>: A person's phone number.</summary>
public sealed class PhoneNumber
{
    /// <summary>Metadata about the phone number.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The phone number.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("canonicalForm")]
    public string? CanonicalForm { get; set; }

    /// <summary>The type of the phone number.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedType")]
    public string? FormattedType { get; set; }
}
