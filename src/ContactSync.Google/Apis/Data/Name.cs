using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Name</c>: A person's name.</summary>
public sealed class Name
{
    /// <summary>Metadata about the name.</summary>
    [JsonProperty("metadata")]
    public FieldMetadata? Metadata { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("displayNameLastFirst")]
    public string? DisplayNameLastFirst { get; set; }

    /// <summary>The free form name value.</summary>
    [JsonProperty("unstructuredName")]
    public string? UnstructuredName { get; set; }

    /// <summary>The family name.</summary>
    [JsonProperty("familyName")]
    public string? FamilyName { get; set; }

    /// <summary>The given name.</summary>
    [JsonProperty("givenName")]
    public string? GivenName { get; set; }

    /// <summary>The middle name(s).</summary>
    [JsonProperty("middleName")]
    public string? MiddleName { get; set; }

    /// <summary>The honorific prefixes, such as `Mrs.` or `Dr.`.</summary>
    [JsonProperty("honorificPrefix")]
    public string? HonorificPrefix { get; set; }

    /// <summary>The honorific suffixes, such as `Jr.`.</summary>
    [JsonProperty("honorificSuffix")]
    public string? HonorificSuffix { get; set; }

    /// <summary>The full name spelled as it sounds.</summary>
    [JsonProperty("phoneticFullName")]
    public string? PhoneticFullName { get; set; }

    /// <summary>The family name spelled as it sounds.</summary>
    [JsonProperty("phoneticFamilyName")]
    public string? PhoneticFamilyName { get; set; }

    /// <summary>The given name spelled as it sounds.</summary>
    [JsonProperty("phoneticGivenName")]
    public string? PhoneticGivenName { get; set; }

    /// <summary>The middle name(s) spelled as they sound.</summary>
    [JsonProperty("phoneticMiddleName")]
    public string? PhoneticMiddleName { get; set; }

    /// <summary>The honorific prefixes spelled as they sound.</summary>
    [JsonProperty("phoneticHonorificPrefix")]
    public string? PhoneticHonorificPrefix { get; set; }

    /// <summary>The honorific suffixes spelled as they sound.</summary>
    [JsonProperty("phoneticHonorificSuffix")]
    public string? PhoneticHonorificSuffix { get; set; }
}
