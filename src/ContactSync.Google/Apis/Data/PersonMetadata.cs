using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>PersonMetadata</c>: The metadata about a person.</summary>
public sealed class PersonMetadata
{
    /// <summary>The sources of data for the person.</summary>
    [JsonProperty("sources")]
    public IList<Source>? Sources { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("previousResourceNames")]
    public IList<string>? PreviousResourceNames { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("linkedPeopleResourceNames")]
    public IList<string>? LinkedPeopleResourceNames { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("deleted")]
    public bool? Deleted { get; set; }
}
