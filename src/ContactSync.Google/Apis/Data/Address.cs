using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Address</c>: A person's physical address.</summary>
public sealed class Address
{
    /// <summary>Metadata about the address.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>The unstructured value of the address.</summary>
    [JsonProperty("formattedValue")]
    public string? FormattedValue { get; set; }

    /// <summary>The type of the address.</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("formattedType")]
    public string? FormattedType { get; set; }

    /// <summary>The P.O.</summary>
    [JsonProperty("poBox")]
    public string? PoBox { get; set; }

    /// <summary>The street address.</summary>
    [JsonProperty("streetAddress")]
    public string? StreetAddress { get; set; }

    /// <summary>The extended address of the address; for example, the apartment number.</summary>
    [JsonProperty("extendedAddress")]
    public string? ExtendedAddress { get; set; }

    /// <summary>The city of the address.</summary>
    [JsonProperty("city")]
    public string? City { get; set; }

    /// <summary>The region of the address; for example, the state or province.</summary>
    [JsonProperty("region")]
    public string? Region { get; set; }

    /// <summary>The postal code of the address.</summary>
    [JsonProperty("postalCode")]
    public string? PostalCode { get; set; }

    /// <summary>The country of the address.</summary>
    [JsonProperty("country")]
    public string? Country { get; set; }

    /// <summary>The [ISO 3166-1 alpha-2](http://www.iso.org/iso/country_codes.htm) country code of the address.</summary>
    [JsonProperty("countryCode")]
    public string? CountryCode { get; set; }
}
