using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>UserDefined</c>: Arbitrary user data that is populated by the end users.</summary>
public sealed class UserDefined
{
    /// <summary>Metadata about the user defined data.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The end user specified key of the user defined data.</summary>
    [JsonProperty("key")]
    public string? Key { get; set; }

    /// <summary>The end user specified value of the user defined data.</summary>
    [JsonProperty("value")]
    public string? Value { get; set; }
}
