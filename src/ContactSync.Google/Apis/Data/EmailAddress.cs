using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>EmailAddress</c>: A person's email address.</summary>
public sealed class EmailAddress
{
    /// <summary>Metadata about the email address.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The email address.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }

    /// <summary>The type of the email address.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedType")]
    public string? FormattedType { get; set; }

    /// <summary>The display name of the email.</summary>
    [JsonProperty("displayName")]
    public string? DisplayName { get; set; }
}
