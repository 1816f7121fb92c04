using ContactSync.Google.Apis.Data;
using Google.Apis.Json;

namespace ContactSync.Google;

/// <summary>Person ⇄ JSON string with the library's serializer (Newtonsoft, nulls omitted), to store and restore state.</summary>
public static class PersonJson
{
    /// <summary>Serialises a person as the People API would.</summary>
    public static string Serialize(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return NewtonsoftJsonSerializer.Instance.Serialize(person);
    }

    /// <summary>Restores a person from <see cref="Serialize"/>'s output (or any People API person JSON).</summary>
    public static Person Deserialize(string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        return NewtonsoftJsonSerializer.Instance.Deserialize<Person>(json);
    }
}
