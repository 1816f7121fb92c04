using Google.Apis.Requests;
using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>Person</c>: Information about a person merged from various data sources such as the authenticated user's contacts and profile data.</summary>
public sealed class Person : IDirectResponseSchema
{
    /// <summary>The resource name for the person, assigned by the server.</summary>
    [JsonProperty("resourceName")]
    public string? ResourceName { get; set; }

    /// <summary>The [HTTP entity tag](https://en.wikipedia.org/wiki/HTTP_ETag) of the resource.</summary>
    [JsonProperty("etag")]
    public string? ETag { get; set; }

    /// <summary>Output only.</summary>
    [JsonProperty("metadata")]
    public PersonMetadata? Metadata { get; set; }

    /// <summary>The person's street addresses.</summary>
    [JsonProperty("addresses")]
    public IList<Address>? Addresses { get; set; }

    /// <summary>The person's biographies.</summary>
    [JsonProperty("biographies")]
    public IList<Biography>? Biographies { get; set; }

    /// <summary>The person's birthdays.</summary>
    [JsonProperty("birthdays")]
    public IList<Birthday>? Birthdays { get; set; }

    /// <summary>The person's client data.</summary>
    [JsonProperty("clientData")]
    public IList<ClientData>? ClientData { get; set; }

    /// <summary>The person's email addresses.</summary>
    [JsonProperty("emailAddresses")]
    public IList<EmailAddress>? EmailAddresses { get; set; }

    /// <summary>The person's events.</summary>
    [JsonProperty("events")]
    public IList<Event>? Events { get; set; }

    /// <summary>The person's external IDs.</summary>
    [JsonProperty("externalIds")]
    public IList<ExternalId>? ExternalIds { get; set; }

    /// <summary>The person's group memberships.</summary>
    [JsonProperty("memberships")]
    public IList<Membership>? Memberships { get; set; }

    /// <summary>The person's names.</summary>
    [JsonProperty("names")]
    public IList<Name>? Names { get; set; }

    /// <summary>The person's nicknames.</summary>
    [JsonProperty("nicknames")]
    public IList<Nickname>? Nicknames { get; set; }

    /// <summary>The person's past or current organizations.</summary>
    [JsonProperty("organizations")]
    public IList<Organization>? Organizations { get; set; }

    /// <summary>The person's phone numbers.</summary>
    [JsonProperty("phoneNumbers")]
    public IList<PhoneNumber>? PhoneNumbers { get; set; }

    /// <summary>The person's associated URLs.</summary>
    [JsonProperty("urls")]
    public IList<Url>? Urls { get; set; }

    /// <summary>The person's user defined data.</summary>
    [JsonProperty("userDefined")]
    public IList<UserDefined>? UserDefined { get; set; }
}
