using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Organization</c>: A person's past or current organization.</summary>
public sealed class Organization
{
    /// <summary>Metadata about the organization.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The type of the organization.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedType")]
    public string? FormattedType { get; set; }

    /// <summary>The start date when the person joined the organization.</summary>
    [JsonProperty("startDate")]
    public Date? StartDate { get; set; }

    /// <summary>The end date when the person left the organization.</summary>
    [JsonProperty("endDate")]
    public Date? EndDate { get; set; }

    /// <summary>True if the organization is the person's current organization; false if the organization is a past organization.</summary>
    [JsonProperty("current")]
    public bool? Current { get; set; }

    /// <summary>The name of the organization.</summary>
    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary>The phonetic name of the organization.</summary>
    [JsonProperty("phoneticName")]
    public string? PhoneticName { get; set; }

    /// <summary>The person's department at the organization.</summary>
    [JsonProperty("department")]
    public string? Department { get; set; }

    /// <summary>The person's job title at the organization.</summary>
    [JsonProperty("title")]
    public string? Title { get; set; }

    /// <summary>The person's job description at the organization.</summary>
    [JsonProperty("jobDescription")]
    public string? JobDescription { get; set; }

    /// <summary>The symbol associated with the organization; for example, a stock ticker symbol, abbreviation, or acronym.</summary>
    [JsonProperty("symbol")]
    public string? Symbol { get; set; }

    /// <summary>The domain name associated with the organization; for example, `google.com`.</summary>
    [JsonProperty("domain")]
    public string? Domain { get; set; }

    /// <summary>The location of the organization office the person works at.</summary>
    [JsonProperty("location")]
    public string? Location { get; set; }

    /// <summary>The person's cost center at the organization.</summary>
    [JsonProperty("costCenter")]
    public string? CostCenter { get; set; }

    /// <summary>The person's full-time equivalent millipercent within the organization (100000 = 100%).</summary>
    [JsonProperty("fullTimeEquivalentMillipercent")]
    public int? FullTimeEquivalentMillipercent { get; set; }
}
