using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Birthday</c>: A person's birthday.</summary>
public sealed class Birthday
{
    /// <summary>Metadata about the birthday.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The structured date of the birthday.</summary>
    [JsonProperty("date")]
    public Date? Date { get; set; }
}
