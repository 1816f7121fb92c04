using Newtonsoft.Json;

namespace ContactSync.Google.Apis.Data;

/// <summary>People API <c>ContactToCreate</c>: A wrapper that contains the person data to populate a newly created source.</summary>
public sealed class ContactToCreate
{
    /// <summary>Required.</summary>
    [JsonProperty("contactPerson")]
    public Person? ContactPerson { get; set; }
}
