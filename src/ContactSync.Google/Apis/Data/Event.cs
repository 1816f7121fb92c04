using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Event</c>: An event related to the person.</summary>
public sealed class Event
{
    /// <summary>Metadata about the event.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The date of the event.</summary>
    [JsonProperty("date")]
    public Date? Date { get; set; }

    /// <summary>The type of the event.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedType")]
    public string? FormattedType { get; set; }
}
