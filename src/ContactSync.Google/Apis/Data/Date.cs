using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Date</c>: Represents a whole or partial calendar date, such as a birthday.</summary>
public sealed class Date
{
    /// <summary>Year of the date.</summary>
    [JsonProperty("year")]
    public int? Year { get; set; }

    /// <summary>Month of a year.</summary>
    [JsonProperty("month")]
    public int? Month { get; set; }

    /// <summary>Day of a month.</summary>
    [JsonProperty("day")]
    public int? Day { get; set; }
}
